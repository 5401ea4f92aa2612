package com.mljudge.python;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.mljudge.problembank.ProblemBank;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged app started the way {@code run-with-python.sh} starts it (the boot jar,
 * this module's classes on its loader path, GraalPy on the module path, the Graal
 * compiler, an embedded PostgreSQL in a folder of its own, a free port), judging Python
 * through the JSON API over real HTTP. Needs the backend's boot jar: CI runs this
 * module's tests in {@code package}, after the backend's.
 */
class PythonAppTests {

	/**
	 * A loaded 2-core machine took 3 minutes to start the app (PostgreSQL, Flyway, JPA).
	 */
	private static final Duration START = Duration.ofMinutes(8);

	/**
	 * The first Python verdict waits for the engine's warm-up (97 s on that machine) and
	 * then judges the bank's 10,000-point test.
	 */
	private static final Duration VERDICT = Duration.ofMinutes(8);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private static Process app;

	private static Path log;

	private static Path data;

	private static String base;

	private static String token;

	@BeforeAll
	static void startTheApp() throws Exception {
		Path module = Path.of("").toAbsolutePath();
		data = Files.createTempDirectory("python-app-tests");
		log = module.resolve("target/python-app-tests.log");
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		String password = UUID.randomUUID().toString();
		ProcessBuilder builder = new ProcessBuilder("sh", module.resolve("run-with-python.sh").toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		Map<String, String> env = builder.environment();
		env.put("JAVA_HOME", System.getProperty("java.home"));
		// The classes this build just compiled: the module's jar is made after its tests.
		env.put("PYTHON_RUNNER", module.resolve("target/classes").toString());
		env.put("JAVA_OPTS", "-Xmx1536m");
		env.put("PORT", Integer.toString(port));
		env.put("JUDGE_DATA_DIR", data.toString());
		env.put("JUDGE_ADMIN_PASSWORD", password);
		app = builder.start();
		base = "http://localhost:" + port;
		String ready = "ML Interview Judge is ready at " + base + "/";
		long deadline = System.nanoTime() + START.toNanos();
		while (!Files.readString(log).contains(ready)) {
			assertThat(app.isAlive()).as("the app ended before it was ready:%n%s", tail()).isTrue();
			assertThat(System.nanoTime() - deadline).as("the app was not ready in %s:%n%s", START, tail()).isNegative();
			Thread.sleep(500);
		}
		String basic = "Basic "
				+ Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> created = send("POST", "/api/tokens", "{\"name\": \"python-app-tests\"}", basic);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		token = "Bearer " + JSON.readTree(created.body()).get("token").asString();
	}

	@AfterAll
	static void stopTheApp() throws InterruptedException, IOException {
		if (app != null) {
			// SIGTERM: the app stops its embedded PostgreSQL on the way out.
			app.destroy();
			if (!app.waitFor(60, TimeUnit.SECONDS)) {
				app.descendants().forEach(ProcessHandle::destroyForcibly);
				app.destroyForcibly();
			}
		}
		if (data != null) {
			try (Stream<Path> files = Files.walk(data)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
	}

	@Test
	void startUpSaysPythonIsOn() throws IOException {
		String started = Files.readString(log);

		assertThat(started).contains("Python is on").doesNotContain("Python is off");
	}

	@Test
	void correctKMeansIsAcceptedThroughTheApi() throws Exception {
		JsonNode verdict = judge(Problems.KMEANS_PYTHON);

		assertThat(verdict.get("verdict").asString()).as(verdict.toString()).isEqualTo("ACCEPTED");
		assertThat(verdict.get("compiler").asString()).isEqualTo(GraalPythonRunner.COMPILER);
	}

	@Test
	void kMeansThatNeverMovesItsCentroidsIsWrongAnswerThroughTheApi() throws Exception {
		JsonNode verdict = judge(Problems.KMEANS_PYTHON_NO_UPDATE);

		assertThat(verdict.get("verdict").asString()).as(verdict.toString()).isEqualTo("WRONG_ANSWER");
	}

	@Test
	void aMockInterviewsCodingItemIsSolvedInPython() throws Exception {
		String draw = JSON
			.writeValueAsString(Map.of("counts", Map.of("coding", 1), "difficulty", "easy", "minutes", 30));
		HttpResponse<String> created = send("POST", "/api/interviews/solo", draw, token);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String interview = "/api/interviews/" + JSON.readTree(created.body()).get("id").asLong();
		JsonNode item = JSON.readTree(send("GET", interview + "/candidate", null, token).body()).get("item");
		assertThat(item.get("languages").findValues("offReason")).allMatch(JsonNode::isNull);
		String slug = item.get("problem").asString();
		String solution = ProblemBank.loadFromClasspath().get(slug).coding().python().solutionSource();

		String body = JSON.writeValueAsString(Map.of("position", 0, "source", solution, "language", "python"));
		HttpResponse<String> submitted = send("POST", interview + "/submissions", body, token);
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
		long id = JSON.readTree(submitted.body()).get("id").asLong();
		long deadline = System.nanoTime() + VERDICT.toNanos();
		JsonNode run;
		do {
			assertThat(System.nanoTime() - deadline).as("no verdict for %s in %s%n%s", slug, VERDICT, tail())
				.isNegative();
			send("GET", "/api/submissions/" + id + "?wait=30", null, token);
			run = JSON.readTree(send("GET", interview + "/candidate", null, token).body())
				.get("item")
				.get("runs")
				.get(0);
		}
		while (run.get("verdict").isNull());

		assertThat(run.get("language").asString()).isEqualTo("python");
		assertThat(run.get("verdict").asString()).as("%s: %s", slug, run).isEqualTo("ACCEPTED");
	}

	/** Submits a Python k-means to the bank's problem and waits for its verdict. */
	private static JsonNode judge(String source) throws Exception {
		String body = JSON.writeValueAsString(Map.of("problem", "kmeans", "source", source, "language", "python"));
		HttpResponse<String> submitted = send("POST", "/api/submissions", body, token);
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
		long id = JSON.readTree(submitted.body()).get("id").asLong();
		long deadline = System.nanoTime() + VERDICT.toNanos();
		while (true) {
			HttpResponse<String> polled = send("GET", "/api/submissions/" + id + "?wait=30", null, token);
			assertThat(polled.statusCode()).as(polled.body()).isEqualTo(200);
			JsonNode submission = JSON.readTree(polled.body());
			if ("DONE".equals(submission.get("status").asString())) {
				return submission;
			}
			assertThat(System.nanoTime() - deadline).as("no verdict in %s: %s%n%s", VERDICT, submission, tail())
				.isNegative();
		}
	}

	private static HttpResponse<String> send(String method, String path, String body, String authorization)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", authorization);
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method,
				(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String tail() throws IOException {
		String all = Files.readString(log);
		return all.substring(Math.max(0, all.length() - 4000));
	}

}
