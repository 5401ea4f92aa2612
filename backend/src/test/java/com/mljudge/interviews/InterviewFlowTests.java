package com.mljudge.interviews;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.mljudge.accounts.AccountRoles;
import com.mljudge.problembank.ProblemBank;
import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SiteClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An interview from start to report over the JSON API, the live stream, and a solo mock.
 */
@IntegrationTest
class InterviewFlowTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountRoles roles;

	@Autowired
	ProblemBank bank;

	@Autowired
	javax.sql.DataSource dataSource;

	InterviewFixtures fx;

	@BeforeEach
	void fixtures() {
		this.fx = new InterviewFixtures(this.port, this.roles);
	}

	@Test
	void anInterviewRunsFromStartToASharedReport() {
		String interviewer = this.fx.interviewer("iv");
		String candidate = this.fx.user("cand");
		long id = this.fx.create(interviewer, candidate, "euclidean-distance", 20, "bias-and-variance", 10);
		String base = "/api/interviews/" + id;
		JsonNode started = this.fx.ok(200, "POST", base + "/start", null, interviewer);
		assertThat(started.get("remainingSeconds").asLong()).isBetween(29 * 60L, 30 * 60L);

		this.fx.ok(204, "PUT", base + "/work", Map.of("position", 0, "text", "class Draft { }"), candidate);
		assertThat(this.fx.ok(200, "GET", base + "/interviewer", null, interviewer)
			.get("items")
			.get(0)
			.get("code")
			.asString()).isEqualTo("class Draft { }");
		assertThat(this.fx.ok(200, "GET", base + "/candidate", null, candidate).get("item").get("hints").size())
			.isZero();
		this.fx.ok(200, "POST", base + "/hints", null, interviewer);
		assertThat(
				this.fx.ok(200, "GET", base + "/candidate", null, candidate).get("item").get("hints").get(0).asString())
			.contains("squared coordinate differences");

		String reference = this.bank.get("euclidean-distance").coding().referenceSource();
		long run = this.fx.ok(202, "POST", base + "/runs", Map.of("position", 0, "source", reference), candidate)
			.get("id")
			.asLong();
		long submission = this.fx
			.ok(202, "POST", base + "/submissions", Map.of("position", 0, "source", reference), candidate)
			.get("id")
			.asLong();
		JsonNode judged = this.fx.await(base + "/interviewer", interviewer,
				(v) -> v.get("items").get(0).get("runs").findValues("verdict").stream().noneMatch(JsonNode::isNull));
		JsonNode runs = judged.get("items").get(0).get("runs");
		assertThat(runs.findValues("id")).extracting(JsonNode::asLong).containsExactly(run, submission);
		assertThat(runs.get(1).get("verdict").asString()).isEqualTo("ACCEPTED");
		// The candidate owns the submission like any other, and sees its verdict in the
		// interview.
		assertThat(this.fx.ok(200, "GET", "/api/submissions/" + submission, null, candidate).get("verdict").asString())
			.isEqualTo("ACCEPTED");
		assertThat(this.fx.ok(200, "GET", base + "/candidate", null, candidate).get("item").get("runs").size())
			.isEqualTo(2);

		this.fx.ok(200, "POST", base + "/next", null, interviewer);
		assertThat(this.fx.call("PUT", base + "/work", Map.of("position", 0, "text", "late"), candidate).statusCode())
			.as("a stale tab still on the first item")
			.isEqualTo(409);
		this.fx.ok(204, "PUT", base + "/work",
				Map.of("position", 1, "text", "Bias is systematic error; variance is sensitivity to the sample."),
				candidate);
		Instant before = Instant
			.parse(this.fx.ok(200, "GET", base + "/candidate", null, candidate).get("deadline").asString());
		JsonNode extended = this.fx.ok(200, "POST", base + "/extend", Map.of("minutes", 5), interviewer);
		assertThat(Instant.parse(extended.get("deadline").asString())).isEqualTo(before.plusSeconds(300));
		this.fx.ok(204, "PUT", base + "/items/1/notes", Map.of("text", "Hesitant on the decomposition."), interviewer);
		this.fx.ok(204, "PUT", base + "/items/0/scores",
				Map.of("Code correctness", Map.of("score", 4, "note", "Accepted first try")), interviewer);
		assertThat(this.fx.call("PUT", base + "/items/0/scores", Map.of("Made up", Map.of("score", 2)), interviewer)
			.statusCode()).isEqualTo(400);
		assertThat(this.fx.call("PUT", base + "/items/0/scores", Map.of("Complexity", Map.of("score", 5)), interviewer)
			.statusCode()).isEqualTo(400);
		this.fx.ok(200, "POST", base + "/end", null, interviewer);
		assertThat(this.fx.call("PUT", base + "/work", Map.of("position", 1, "text", "after the end"), candidate)
			.statusCode()).isEqualTo(409);

		this.fx.ok(200, "PUT", base + "/verdict", Map.of("recommendation", "YES", "summary", "Solid fundamentals."),
				interviewer);
		JsonNode full = this.fx.ok(200, "GET", base + "/report", null, interviewer);
		assertThat(full.get("recommendationLabel").asString()).isEqualTo("Yes");
		JsonNode first = full.get("items").get(0);
		assertThat(first.get("finalVerdict").asString()).isEqualTo("ACCEPTED");
		assertThat(first.get("hintsReleased").size()).isEqualTo(1);
		assertThat(first.get("snapshots").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(first.get("scores").get(1).get("score").asInt()).isEqualTo(4);
		assertThat(first.get("scores").get(1).get("anchor").asString()).startsWith("Accepted");
		assertThat(full.get("items").get(1).get("notes").asString()).isEqualTo("Hesitant on the decomposition.");
		assertThat(full.get("items").get(1).get("usedSeconds").asLong()).isGreaterThanOrEqualTo(0);

		assertThat(this.fx.call("GET", base + "/report", null, candidate).statusCode()).isEqualTo(403);
		this.fx.ok(200, "POST", base + "/share", null, interviewer);
		String shared = this.fx.call("GET", base + "/report", null, candidate).body();
		assertThat(shared).contains("\"candidateVersion\":true", "Solid fundamentals.", "Accepted first try")
			.doesNotContain("Hesitant on the decomposition.");
		List<JsonNode> frames = this.fx.ok(200, "GET", base + "/items/0/snapshots", null, candidate).findValues("code");
		assertThat(frames).isNotEmpty();
		assertThat(frames.get(frames.size() - 1).asString()).isEqualTo(reference);
		assertThat(this.fx.ok(200, "GET", "/api/interviews/candidates/" + candidate, null, interviewer)
			.findValues("recommendation")).extracting(JsonNode::asString).containsExactly("YES");
	}

	@Test
	void theCandidatePicksTheCodesLanguageAndTheInterviewerSeesIt() {
		String interviewer = this.fx.interviewer("ivl");
		String candidate = this.fx.user("candl");
		long id = this.fx.create(interviewer, candidate, "euclidean-distance", 20);
		String base = "/api/interviews/" + id;
		this.fx.ok(200, "POST", base + "/start", null, interviewer);
		JsonNode item = this.fx.ok(200, "GET", base + "/candidate", null, candidate).get("item");
		assertThat(item.get("language").asString()).isEqualTo("java");
		assertThat(item.get("pythonSignature").asString()).isEqualTo("def distance(a, b)");
		assertThat(item.get("starters").get("python").asString()).startsWith("def distance(a, b):");
		assertThat(item.get("languages").findValues("id")).extracting(JsonNode::asString)
			.containsExactly("java", "python");

		this.fx.ok(204, "PUT", base + "/work",
				Map.of("position", 0, "text", "def distance(a, b):\n    return 0.0\n", "language", "python"),
				candidate);
		JsonNode seen = this.fx.ok(200, "GET", base + "/interviewer", null, interviewer).get("items").get(0);
		assertThat(seen.get("language").asString()).isEqualTo("python");
		assertThat(seen.get("code").asString()).startsWith("def distance");
		assertThat(this.fx.ok(200, "GET", base + "/candidate", null, candidate).get("item").get("language").asString())
			.as("a reload keeps the language")
			.isEqualTo("python");
		// A save without a language (an answer box, an older page) keeps the code's.
		this.fx.ok(204, "PUT", base + "/work", Map.of("position", 0, "text", "def distance(a, b):\n    pass\n"),
				candidate);
		assertThat(this.fx.ok(200, "GET", base + "/interviewer", null, interviewer)
			.get("items")
			.get(0)
			.get("language")
			.asString()).isEqualTo("python");

		HttpResponse<String> unknown = this.fx.call("PUT", base + "/work",
				Map.of("position", 0, "text", "x", "language", "cobol"), candidate);
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("Unknown language");
		// This JVM (JDK 17 in the build) has no Python runner: the refusal says why, and
		// nothing is queued.
		HttpResponse<String> off = this.fx.call("POST", base + "/runs",
				Map.of("position", 0, "source", "def distance(a, b):\n    return 0.0\n", "language", "python"),
				candidate);
		assertThat(off.statusCode()).isEqualTo(400);
		assertThat(off.body()).contains("Python is off");
		assertThat(this.fx.ok(200, "GET", base + "/candidate", null, candidate).get("item").get("runs").size())
			.isZero();

		String reference = this.bank.get("euclidean-distance").coding().referenceSource();
		this.fx.ok(202, "POST", base + "/runs", Map.of("position", 0, "source", reference, "language", "java"),
				candidate);
		JsonNode judged = this.fx.await(base + "/interviewer", interviewer,
				(v) -> v.get("items").get(0).get("runs").size() == 1);
		assertThat(judged.get("items").get(0).get("language").asString())
			.as("the code that was run is the item's code, in its language")
			.isEqualTo("java");
		assertThat(judged.get("items").get(0).get("runs").get(0).get("language").asString()).isEqualTo("java");
	}

	@Test
	void theInterviewersStreamGetsTheCodeAsItIsTyped() throws Exception {
		String interviewer = this.fx.interviewer("iv");
		String candidate = this.fx.user("cand");
		long id = this.fx.create(interviewer, candidate, "euclidean-distance", 20);
		String base = "/api/interviews/" + id;
		this.fx.ok(200, "POST", base + "/start", null, interviewer);
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + base + "/events"))
			.header("Accept", "text/event-stream")
			.header("Authorization", SiteClient.basic(interviewer, InterviewFixtures.PASSWORD))
			.build();
		HttpResponse<InputStream> stream = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
		assertThat(stream.statusCode()).isEqualTo(200);
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
			assertThat(lines.readLine()).isEqualTo("event:state");
			CompletableFuture<String> seen = CompletableFuture.supplyAsync(() -> {
				try {
					for (String line = lines.readLine(); line != null; line = lines.readLine()) {
						if (line.contains("typed-as-we-speak")) {
							return line;
						}
					}
					return null;
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
			this.fx.ok(204, "PUT", base + "/work", Map.of("position", 0, "text", "// typed-as-we-speak"), candidate);
			assertThat(seen.get(30, TimeUnit.SECONDS)).startsWith("data:").contains("\"candidate\":\"" + candidate);
		}
	}

	/**
	 * Another app instance writes to the same database and notifies through PostgreSQL;
	 * this instance's stream shows the change, read from the database.
	 */
	@Test
	void aChangeMadeOnAnotherInstanceReachesThisInstancesStream() throws Exception {
		String interviewer = this.fx.interviewer("iv");
		String candidate = this.fx.user("cand");
		long id = this.fx.create(interviewer, candidate, "euclidean-distance", 20);
		String base = "/api/interviews/" + id;
		this.fx.ok(200, "POST", base + "/start", null, interviewer);
		try (BufferedReader lines = stream(base, interviewer)) {
			assertThat(lines.readLine()).isEqualTo("event:state");
			CompletableFuture<String> seen = awaitLine(lines, "written-by-another-instance");
			try (java.sql.Connection other = this.dataSource.getConnection()) {
				other.setAutoCommit(true);
				try (java.sql.Statement sql = other.createStatement()) {
					sql.execute("update interview_items set code = '// written-by-another-instance' "
							+ "where interview_id = " + id);
					sql.execute("select pg_notify('interviews', '" + id + "')");
				}
			}
			assertThat(seen.get(30, TimeUnit.SECONDS)).startsWith("data:");
		}
	}

	private BufferedReader stream(String base, String user) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + base + "/events"))
			.header("Accept", "text/event-stream")
			.header("Authorization", SiteClient.basic(user, InterviewFixtures.PASSWORD))
			.build();
		HttpResponse<InputStream> response = HttpClient.newHttpClient()
			.send(request, HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		return new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
	}

	private static CompletableFuture<String> awaitLine(BufferedReader lines, String text) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					if (line.contains(text)) {
						return line;
					}
				}
				return null;
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
	}

	@Test
	void aSoloMockIsTimedThenSelfScoredWithTheModelAnswer() {
		String user = this.fx.user("solo");
		long id = this.fx
			.ok(201, "POST", "/api/interviews/solo",
					Map.of("topics", List.of("fundamentals"), "counts", Map.of("conceptual", 2), "minutes", 5), user)
			.get("id")
			.asLong();
		String base = "/api/interviews/" + id;
		JsonNode view = this.fx.ok(200, "GET", base + "/candidate", null, user);
		assertThat(view.get("state").asString()).isEqualTo("LIVE");
		assertThat(view.get("itemCount").asInt()).isEqualTo(2);
		assertThat(view.get("remainingSeconds").asLong()).isBetween(9 * 60L, 10 * 60L);
		assertThat(this.fx.call("GET", base + "/report", null, user).statusCode()).isEqualTo(403);
		assertThat(
				this.fx.call("PUT", base + "/items/0/scores", Map.of("Depth", Map.of("score", 2)), user).statusCode())
			.isEqualTo(409);
		this.fx.ok(204, "PUT", base + "/work", Map.of("position", 0, "text", "My answer."), user);
		this.fx.ok(200, "POST", base + "/next", null, user);
		this.fx.ok(200, "POST", base + "/end", null, user);
		this.fx.ok(204, "PUT", base + "/items/0/scores", Map.of("Depth", Map.of("score", 2, "note", "Too short")),
				user);
		JsonNode report = this.fx.ok(200, "GET", base + "/report", null, user);
		assertThat(report.get("items").get(0).get("modelAnswerHtml").asString()).isNotBlank();
		assertThat(report.get("items").get(0).get("answer").asString()).isEqualTo("My answer.");
		assertThat(report.get("items").get(0).get("scores").get(1).get("score").asInt()).isEqualTo(2);
		assertThat(this.fx.ok(200, "GET", "/api/interviews", null, user).findValues("id"))
			.anyMatch((n) -> n.asLong() == id);
		assertThat(this.fx.call("GET", base + "/report", null, this.fx.user("other")).statusCode()).isEqualTo(404);
	}

	@Test
	void aSoloMockRefusesADrawTheBankCannotFill() {
		String user = this.fx.user("solo");
		JsonNode refused = this.fx.ok(400, "POST", "/api/interviews/solo",
				Map.of("topics", List.of("no-such-topic"), "counts", Map.of("coding", 1)), user);
		assertThat(refused.get("errors").get("coding").asString()).contains("only 0");
	}

}
