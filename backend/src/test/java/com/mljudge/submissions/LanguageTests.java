package com.mljudge.submissions;

import java.net.CookieManager;
import java.net.http.HttpResponse;

import com.mljudge.judge.PythonRunner;
import com.mljudge.problembank.ProblemBank;
import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SiteClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Java or Python over real HTTP, on a server where Python is off (the tests run on JDK
 * 17, or without the Python runner): Java is the default, an unknown language and Python
 * are refused saying why, drafts are kept per language, and the problem gives a starter
 * per language.
 */
@IntegrationTest
class LanguageTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ProblemBank bank;

	@Autowired
	JdbcTemplate jdbc;

	SiteClient client;

	@BeforeEach
	void client() {
		this.client = new SiteClient(this.port);
	}

	@Test
	void aSubmissionWithoutLanguageIsJudgedAsJava() {
		String user = this.client.registerFreshUser("lang");
		HttpResponse<String> accepted = post("/api/submissions", "kmeans", reference("kmeans"), null, user);
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		long id = this.json.readTree(accepted.body()).get("id").asLong();
		JsonNode done = this.json.readTree(this.client.awaitJudged(id, user));
		assertThat(done.get("verdict").asString()).isEqualTo("ACCEPTED");
		assertThat(done.get("language").asString()).isEqualTo("java");
		JsonNode listed = this.json
			.readTree(this.client.json("GET", "/api/submissions?problem=kmeans", null, user).body());
		assertThat(listed.get(0).get("language").asString()).isEqualTo("java");

		SiteClient signedIn = new SiteClient(this.port, new CookieManager());
		signedIn.signIn(SiteClient.username(user), SiteClient.USER_PASSWORD);
		assertThat(signedIn.get("/problems/kmeans/submissions").body()).contains("<td class=\"language\">Java</td>");
		assertThat(signedIn.get("/submissions/" + id).body()).contains("id=\"submission-language\">Java</span>");
	}

	@Test
	void javaCanBeNamedInAnyCase() {
		String user = this.client.registerFreshUser("lang");
		HttpResponse<String> accepted = post("/api/runs", "kmeans", reference("kmeans"), "Java", user);
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		long id = this.json.readTree(accepted.body()).get("id").asLong();
		assertThat(this.json.readTree(this.client.awaitJudged(id, user)).get("language").asString()).isEqualTo("java");
	}

	@Test
	void anUnknownLanguageIsRefusedNamingTheAllowedOnes() {
		String user = this.client.registerFreshUser("lang");
		for (String path : new String[] { "/api/submissions", "/api/runs" }) {
			HttpResponse<String> refused = post(path, "kmeans", reference("kmeans"), "ruby", user);
			assertThat(refused.statusCode()).isEqualTo(400);
			assertThat(refused.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			JsonNode problem = this.json.readTree(refused.body());
			assertThat(problem.get("title").asString()).isEqualTo("Unknown language");
			assertThat(problem.get("detail").asString()).contains("'ruby'").contains("java, python");
		}
		HttpResponse<String> number = this.client.json("POST", "/api/submissions",
				"{\"problem\": \"kmeans\", \"source\": \"class S {}\", \"language\": 3}", user);
		assertThat(number.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(number.body()).get("detail").asString()).contains("'language'");
		assertThat(queued(user)).isZero();
	}

	@Test
	void pythonIsRefusedWithTheReasonItIsOff() {
		assertThat(PythonRunner.offReason()).isNotNull();
		String user = this.client.registerFreshUser("lang");
		for (String path : new String[] { "/api/submissions", "/api/runs" }) {
			HttpResponse<String> refused = post(path, "kmeans",
					"def cluster(points, k, initial_centroids):\n" + "    return [0] * len(points)\n", "python", user);
			assertThat(refused.statusCode()).isEqualTo(400);
			JsonNode problem = this.json.readTree(refused.body());
			assertThat(problem.get("title").asString()).isEqualTo("Python is off");
			assertThat(problem.get("detail").asString()).isEqualTo(PythonRunner.offReason());
		}
		assertThat(queued(user)).isZero();
	}

	@Test
	void theProblemGivesAStarterPerLanguageAndSaysWhichAreJudged() {
		JsonNode problem = this.json.readTree(this.client.json("GET", "/api/problems/kmeans", null, null).body());
		assertThat(problem.get("starters").get("java").asString())
			.isEqualTo(this.bank.get("kmeans").coding().starterSource());
		assertThat(problem.get("starter").asString()).isEqualTo(problem.get("starters").get("java").asString());
		assertThat(problem.get("starters").get("python").asString())
			.startsWith("def cluster(points, k, initial_centroids):\n")
			.contains("points: list of lists of floats");
		assertThat(problem.get("pythonSignature").asString()).isEqualTo("def cluster(points, k, initial_centroids)");
		JsonNode languages = problem.get("languages");
		assertThat(languages.get(0).get("id").asString()).isEqualTo("java");
		assertThat(languages.get(0).get("judged").asBoolean()).isTrue();
		assertThat(languages.get(1).get("id").asString()).isEqualTo("python");
		assertThat(languages.get(1).get("judged").asBoolean()).isFalse();
		assertThat(languages.get(1).get("offReason").asString()).isEqualTo(PythonRunner.offReason());
	}

	@Test
	void theProblemPageShowsThePythonSignatureAndTheSwitch() {
		String page = this.client.get("/problems/kmeans").body();
		assertThat(page).contains("In Python: <code>def cluster(points, k, initial_centroids)</code>");
		assertThat(page).containsPattern("<option value=\"python\"[^>]* disabled=\"disabled\"")
			.containsPattern("<option value=\"python\"[^>]* title=\"Python is off");
		assertThat(page).contains("data-starter-python=\"def cluster(points, k, initial_centroids):");
	}

	@Test
	void draftsAreKeptPerLanguage() {
		SiteClient browser = signedIn();
		assertThat(browser.putText("/problems/kmeans/draft", "// java draft", "/problems/kmeans").statusCode())
			.isEqualTo(204);
		assertThat(browser.putText("/problems/kmeans/draft?language=python", "# python draft", "/problems/kmeans")
			.statusCode()).isEqualTo(204);
		assertThat(browser.putText("/problems/kmeans/draft?language=java", "// java draft, later", "/problems/kmeans")
			.statusCode()).isEqualTo(204);

		assertThat(browser.get("/problems/kmeans/draft").body()).isEqualTo("// java draft, later");
		assertThat(browser.get("/problems/kmeans/draft?language=python").body()).isEqualTo("# python draft");
		assertThat(browser.get("/problems/batchnorm-forward/draft?language=python").statusCode()).isEqualTo(204);
	}

	@Test
	void draftMistakesAnswerProblemJson() {
		SiteClient browser = signedIn();
		HttpResponse<String> unknownLanguage = browser.putText("/problems/kmeans/draft?language=ruby", "x",
				"/problems/kmeans");
		assertThat(unknownLanguage.statusCode()).isEqualTo(400);
		assertThat(unknownLanguage.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(this.json.readTree(unknownLanguage.body()).get("detail").asString()).contains("java, python");
		assertThat(browser.get("/problems/kmeans/draft?language=ruby").statusCode()).isEqualTo(400);

		HttpResponse<String> nul = browser.putText("/problems/kmeans/draft", "a\u0000b", "/problems/kmeans");
		assertThat(nul.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(nul.body()).get("detail").asString()).contains("NUL character");

		HttpResponse<String> unknownProblem = browser.putText("/problems/no-such-problem/draft", "x",
				"/problems/kmeans");
		assertThat(unknownProblem.statusCode()).isEqualTo(404);
		assertThat(this.json.readTree(unknownProblem.body()).get("title").asString()).isEqualTo("Unknown problem");

		HttpResponse<String> large = browser.putText("/problems/kmeans/draft", "x".repeat(64 * 1024 + 1),
				"/problems/kmeans");
		assertThat(large.statusCode()).isEqualTo(413);
	}

	@Test
	void aPythonSubmissionWaitsForAnInstanceThatJudgesPython() {
		String user = this.client.registerFreshUser("lang");
		String name = SiteClient.username(user);
		// Queued by an instance with Python (this one has none): this instance must leave
		// it
		// for another, however long it waits.
		Long python = this.jdbc.queryForObject("""
				insert into submissions (user_id, problem_slug, mode, source, language)
				select id, 'kmeans', 'SUBMIT', 'def cluster(points, k, initial_centroids):\n    return []\n', 'python'
				from users where username = ? returning id""", Long.class, name);
		try {
			HttpResponse<String> java = post("/api/submissions", "kmeans", reference("kmeans"), "java", user);
			long javaId = this.json.readTree(java.body()).get("id").asLong();
			// The Java row is newer, so a worker that could take the Python row would
			// have
			// taken it first.
			this.client.awaitJudged(javaId, user);
			JsonNode waiting = this.json
				.readTree(this.client.json("GET", "/api/submissions/" + python, null, user).body());
			assertThat(waiting.get("status").asString()).isEqualTo("QUEUED");
			assertThat(waiting.get("language").asString()).isEqualTo("python");
		}
		finally {
			this.jdbc.update("delete from submissions where id = ?", python);
		}
	}

	private int queued(String user) {
		return this.jdbc.queryForObject(
				"select count(*) from submissions s join users u on u.id = s.user_id where u.username = ?",
				Integer.class, SiteClient.username(user));
	}

	private String reference(String slug) {
		return this.bank.get(slug).coding().referenceSource();
	}

	private HttpResponse<String> post(String path, String problem, String source, String language, String auth) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("problem", problem);
		body.put("source", source);
		if (language != null) {
			body.put("language", language);
		}
		return this.client.json("POST", path, body.toString(), auth);
	}

	/** A client signed in as a fresh learner, sending drafts as the problem page does. */
	private SiteClient signedIn() {
		SiteClient site = new SiteClient(this.port);
		String name = SiteClient.username(site.registerFreshUser("draft"));
		assertThat(site.signIn(name, SiteClient.USER_PASSWORD).statusCode()).isEqualTo(302);
		return site;
	}

}
