package com.mljudge.submissions;

import java.net.http.HttpResponse;

import com.mljudge.problembank.ProblemBank;
import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SiteClient;
import com.mljudge.support.TestDatabase;
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

/** Submitting, running and polling over real HTTP, and the queue's durability. */
@IntegrationTest
class SubmissionApiTests {

	private static final String ADMIN = SiteClient.basic("admin", TestDatabase.ADMIN_PASSWORD);

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
	void referenceSolutionIsAcceptedWithFullScore() {
		JsonNode done = submitAndWait("/api/submissions", "kmeans", reference("kmeans"), ADMIN);
		assertThat(done.get("verdict").asString()).isEqualTo("ACCEPTED");
		assertThat(done.get("score").asInt()).isEqualTo(100);
		assertThat(done.get("compiler").asString()).isIn("janino", "javac");
		assertThat(done.get("tests").size()).isEqualTo(this.bank.get("kmeans").coding().tests().size());
	}

	@Test
	void hiddenTestsShowVerdictsButNoData() {
		JsonNode done = submitAndWait("/api/submissions", "kmeans", this.bank.get("kmeans").coding().starterSource(),
				ADMIN);
		assertThat(done.get("verdict").asString()).isNotEqualTo("ACCEPTED");
		for (JsonNode test : done.get("tests")) {
			if (!test.get("sample").asBoolean()) {
				assertThat(test.get("message").isNull()).as(test.toString()).isTrue();
				assertThat(test.get("actual").isNull()).as(test.toString()).isTrue();
			}
		}
	}

	@Test
	void aClientCanWaitForTheVerdictInOneRequest() {
		String token = newUserToken();
		HttpResponse<String> accepted = post("/api/submissions", "kmeans", reference("kmeans"), token);
		long id = this.json.readTree(accepted.body()).get("id").asLong();
		HttpResponse<String> waited = this.client.json("GET", "/api/submissions/" + id + "?wait=30", null, token);
		assertThat(waited.statusCode()).isEqualTo(200);
		JsonNode done = this.json.readTree(waited.body());
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(done.get("verdict").asString()).isEqualTo("ACCEPTED");
	}

	@Test
	void aWaitOutsideItsRangeIsABadRequest() {
		String token = newUserToken();
		for (String wait : new String[] { "-1", "31", "NaN", "soon" }) {
			HttpResponse<String> answer = this.client.json("GET", "/api/submissions/1?wait=" + wait, null, token);
			assertThat(answer.statusCode()).as(wait).isEqualTo(400);
			assertThat(answer.headers().firstValue("Content-Type")).as(wait)
				.hasValueSatisfying((t) -> assertThat(t).contains("problem+json"));
			assertThat(answer.body()).as(wait).contains("from 0 to 30");
		}
	}

	@Test
	void runJudgesOnlyTheSamples() {
		JsonNode done = submitAndWait("/api/runs", "kmeans", reference("kmeans"), ADMIN);
		assertThat(done.get("mode").asString()).isEqualTo("RUN");
		assertThat(done.get("tests")).allSatisfy((t) -> assertThat(t.get("sample").asBoolean()).isTrue());
		assertThat(done.get("tests").get(0).has("actual")).isTrue();
	}

	@Test
	void compileErrorsCarryLineAndColumn() {
		String broken = "public class Solution {\n  public static int[] cluster(double[][] p, int k, double[][] c) {\n"
				+ "    return undefinedName;\n  }\n}\n";
		JsonNode done = submitAndWait("/api/submissions", "kmeans", broken, ADMIN);
		assertThat(done.get("verdict").asString()).isEqualTo("COMPILE_ERROR");
		JsonNode diagnostic = done.get("diagnostics").get(0);
		assertThat(diagnostic.get("line").asInt()).isEqualTo(3);
		assertThat(diagnostic.get("message").asString()).isNotBlank();
	}

	@Test
	void unknownProblemGets404ProblemJson() {
		HttpResponse<String> response = post("/api/submissions", "no-such-problem", "class Solution {}", ADMIN);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
	}

	@Test
	void emptyMissingOrOversizedSourceGets4xxWithAReason() {
		assertThat(post("/api/submissions", "kmeans", "   ", ADMIN).statusCode()).isEqualTo(400);
		assertThat(this.client.json("POST", "/api/submissions", "{\"problem\": \"kmeans\"}", ADMIN).statusCode())
			.isEqualTo(400);
		assertThat(this.client.json("POST", "/api/submissions", "{\"source\": \"x\"}", ADMIN).body())
			.contains("Name the problem");
		HttpResponse<String> huge = post("/api/submissions", "kmeans", "x".repeat(70_000), ADMIN);
		assertThat(huge.statusCode()).isEqualTo(413);
		assertThat(huge.body()).contains("64 KiB");
	}

	@Test
	void malformedJsonGets400() {
		assertThat(this.client.json("POST", "/api/submissions", "{\"problem\": ", ADMIN).statusCode()).isEqualTo(400);
	}

	@Test
	void conceptualQuestionsCannotBeSubmittedTo() {
		this.bank.problems()
			.stream()
			.filter((p) -> !p.isCoding())
			.findFirst()
			.ifPresent((p) -> assertThat(post("/api/submissions", p.slug(), "class Solution {}", ADMIN).statusCode())
				.isEqualTo(400));
	}

	@Test
	void usersSeeOnlyTheirOwnSubmissions() {
		long id = this.json.readTree(post("/api/submissions", "kmeans", "class Solution {}", ADMIN).body())
			.get("id")
			.asLong();
		String other = newUserToken();
		assertThat(this.client.json("GET", "/api/submissions/" + id, null, other).statusCode()).isEqualTo(404);
		assertThat(this.client.json("GET", "/api/submissions/" + id, null, ADMIN).statusCode()).isEqualTo(200);
	}

	@Test
	void tooManySubmissionsGet429WithRetryAfter() {
		String user = newUserToken();
		HttpResponse<String> last = null;
		for (int i = 0; i < 31; i++) {
			last = post("/api/runs", "kmeans", "not java", user);
			if (last.statusCode() == 429) {
				break;
			}
			assertThat(last.statusCode()).isEqualTo(202);
		}
		assertThat(last.statusCode()).isEqualTo(429);
		assertThat(last.headers().firstValue("Retry-After")).isPresent();
	}

	@Test
	void aSubmissionPageShowsWhatChangedSinceThePreviousOne() {
		// A user of its own, so the admin's solved problems stay as other tests expect
		// them.
		SiteClient site = new SiteClient(this.port);
		String basic = site.registerFreshUser("d");
		site.signIn(SiteClient.username(basic), SiteClient.USER_PASSWORD);
		JsonNode first = submitAndWait("/api/submissions", "euclidean-distance", "public class Solution {\n"
				+ "    public static double distance(double[] a, double[] b) { return 0; }\n}\n", basic);
		JsonNode second = submitAndWait("/api/submissions", "euclidean-distance", reference("euclidean-distance"),
				basic);
		String page = site.get("/submissions/" + second.get("id").asLong()).body();
		assertThat(page).contains("id=\"diff\"")
			.contains("#" + first.get("id").asLong())
			.contains("diff-added")
			.contains("diff-removed");

		// The history lists both, newest first, with verdict, score, time and compiler; a
		// bank problem has no published versions, so no version column.
		String history = site.get("/problems/euclidean-distance/submissions").body();
		assertThat(history)
			.containsSubsequence("/submissions/" + second.get("id").asLong() + "\"", "ACCEPTED", "<td>100</td>",
					" ms</td>", "<td>" + second.get("compiler").asString() + "</td>",
					"/submissions/" + first.get("id").asLong() + "\"", "WRONG ANSWER")
			.doesNotContain(">Version</th>");
	}

	@Test
	void aSubmissionWhoseWorkerDiedIsJudgedByAnother() {
		Long userId = this.jdbc.queryForObject("select id from users where username = 'admin'", Long.class);
		Long id = this.jdbc.queryForObject(
				"""
						insert into submissions (user_id, problem_slug, mode, source, status, lease_owner, lease_until, attempts)
						values (?, 'kmeans', 'SUBMIT', ?, 'RUNNING', 'a-worker-that-died', now() - interval '1 second', 1)
						returning id""",
				Long.class, userId, reference("kmeans"));
		JsonNode done = waitFor(id, ADMIN);
		assertThat(done.get("verdict").asString()).isEqualTo("ACCEPTED");
		assertThat(this.jdbc.queryForObject("select attempts from submissions where id = ?", Integer.class, id))
			.isEqualTo(2);
	}

	private String reference(String slug) {
		return this.bank.get(slug).coding().referenceSource();
	}

	private String newUserToken() {
		SiteClient site = new SiteClient(this.port);
		HttpResponse<String> token = site.json("POST", "/api/tokens", "{\"name\": \"t\"}", site.registerFreshUser("u"));
		return "Bearer " + this.json.readTree(token.body()).get("token").asString();
	}

	private HttpResponse<String> post(String path, String problem, String source, String auth) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("problem", problem);
		body.put("source", source);
		return this.client.json("POST", path, body.toString(), auth);
	}

	private JsonNode waitFor(long id, String auth) {
		return this.json.readTree(this.client.awaitJudged(id, auth));
	}

	private JsonNode submitAndWait(String path, String problem, String source, String auth) {
		HttpResponse<String> accepted = post(path, problem, source, auth);
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		JsonNode body = this.json.readTree(accepted.body());
		assertThat(body.get("status").asString()).isEqualTo("QUEUED");
		return waitFor(body.get("id").asLong(), auth);
	}

}
