package com.mljudge.database;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;

import com.mljudge.JudgeApplication;
import com.mljudge.problembank.ProblemBank;
import com.mljudge.support.Await;
import com.mljudge.support.ForkedApp;
import com.mljudge.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL dies under the running app ({@code kill -9} of the postmaster).
 * While it is away readiness is DOWN and liveness UP, pages and the API answer 503 with
 * {@code Retry-After} instead of hanging; the app starts the database again by itself,
 * readiness comes back, and the judge workers take work again without a restart.
 */
class DatabaseLossTests {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void answers503WhileTheDatabaseIsAwayThenRecoversOnItsOwn() throws Exception {
		Path dataDir = TestDatabase.temporaryFolder();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(JudgeApplication.class).run(
				"--judge.data.dir=" + dataDir, "--server.port=0", "--spring.datasource.url=",
				"--judge.admin.password=" + TestDatabase.ADMIN_PASSWORD, "--judge.page-cache.ttl=0",
				"--judge.page-cache.board-ttl=0", "--judge.database.restart-delay=PT40S",
				"--judge.boards.reconcile-first=PT10H")) {
			String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
			assertThat(get(base + "/actuator/health/readiness").statusCode()).isEqualTo(200);

			long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).strip());
			ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);

			HttpResponse<String> readiness = await(base + "/actuator/health/readiness", (r) -> r.statusCode() == 503);
			assertThat(readiness.body()).contains("DOWN");
			assertThat(get(base + "/actuator/health/liveness").statusCode()).isEqualTo(200);

			HttpResponse<String> api = get(base + "/api/leaderboards");
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Retry-After")).contains("10");
			assertThat(api.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(api.body()).contains("database is not answering");

			// Credentials that cannot be checked are not wrong credentials.
			HttpResponse<String> signIn = this.http.send(HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
				.timeout(Duration.ofSeconds(20))
				.header("Authorization",
						"Basic " + java.util.Base64.getEncoder()
							.encodeToString(("admin:" + TestDatabase.ADMIN_PASSWORD).getBytes()))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"ci\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(503);
			assertThat(signIn.headers().firstValue("Retry-After")).contains("10");
			assertThat(signIn.body()).contains("database is not answering");

			HttpResponse<String> page = get(base + "/leaderboards");
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).contains("10");
			assertThat(page.body()).contains("Back in a moment").doesNotContain("Exception");

			await(base + "/actuator/health/readiness", (r) -> r.statusCode() == 200);
			assertThat(get(base + "/api/leaderboards").statusCode()).isEqualTo(200);

			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			String reference = ProblemBank.loadFromClasspath().get("euclidean-distance").coding().referenceSource();
			Long id = jdbc.queryForObject("""
					insert into submissions (user_id, problem_slug, mode, source)
					select id, 'euclidean-distance', 'SUBMIT', ? from users where username = 'admin' returning id""",
					Long.class, reference);
			String verdict = Await.until("submission " + id + "'s verdict",
					() -> jdbc.queryForObject("select verdict from submissions where id = ?", String.class, id),
					Objects::nonNull);
			assertThat(verdict).isEqualTo("ACCEPTED");
		}
	}

	private HttpResponse<String> await(String url, Predicate<HttpResponse<String>> condition) throws Exception {
		return Await.until(url + " to answer as expected", Duration.ofMinutes(2), () -> get(url), condition);
	}

	/**
	 * A request that must be answered well within Hikari's default 30 s wait, or the
	 * client gives up and the test fails.
	 */
	private HttpResponse<String> get(String url) throws Exception {
		return this.http.send(
				HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).header("Accept", "*/*").build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
