package com.mljudge.submissions.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.mljudge.support.Await;
import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SiteClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients waiting for verdicts hold no request thread: with more waits open than the
 * server has threads, other requests are still answered; each user may keep only a few
 * waits open.
 */
@IntegrationTest
class LongPollTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	int port;

	@Value("${server.tomcat.threads.max:200}")
	int serverThreads;

	@Autowired
	VerdictWaiters waiters;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void moreWaitsThanServerThreadsLeaveOtherRequestsAnswered() throws Exception {
		int perUser = this.waiters.maxPerUser();
		int users = (this.serverThreads + 20 + perUser - 1) / perUser;
		List<String> tokens = new ArrayList<>();
		List<Long> held = new ArrayList<>();
		for (int u = 0; u < users; u++) {
			SiteClient site = new SiteClient(this.port);
			String basic = site.registerFreshUser("w");
			tokens.add("Bearer "
					+ this.json.readTree(site.json("POST", "/api/tokens", "{\"name\": \"waits\"}", basic).body())
						.get("token")
						.asString());
			held.add(heldSubmission(SiteClient.username(basic)));
		}
		try {
			int before = this.waiters.open();
			List<CompletableFuture<HttpResponse<String>>> waits = new ArrayList<>();
			for (int u = 0; u < users; u++) {
				for (int i = 0; i < perUser; i++) {
					waits.add(this.http.sendAsync(request(held.get(u), 30, tokens.get(u)),
							HttpResponse.BodyHandlers.ofString()));
				}
			}
			int expected = before + users * perUser;
			Await.until(expected + " open verdict waits", this.waiters::open, (open) -> open >= expected);
			assertThat(this.waiters.open()).isGreaterThan(this.serverThreads);

			// One wait more than a user may keep open is refused at once, with a reason.
			HttpResponse<String> refused = this.http.send(request(held.get(0), 30, tokens.get(0)),
					HttpResponse.BodyHandlers.ofString());
			assertThat(refused.statusCode()).isEqualTo(429);
			assertThat(refused.body()).contains("requests waiting for verdicts");
			assertThat(refused.headers().firstValue("Retry-After")).isPresent();

			HttpResponse<String> unrelated = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/problems/kmeans"))
					.GET()
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(unrelated.statusCode()).isEqualTo(200);
			assertThat(waits).as("the unrelated request was answered while every wait was still open")
				.noneMatch(CompletableFuture::isDone);

			// The verdicts come in (stored as another instance would): every wait
			// answers.
			this.jdbc.update(
					"update submissions set status = 'DONE', verdict = 'WRONG_ANSWER', score = 0, "
							+ "lease_owner = null, lease_until = null where id = any(?)",
					(Object) held.toArray(Long[]::new));
			CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
			for (CompletableFuture<HttpResponse<String>> wait : waits) {
				assertThat(wait.get().statusCode()).isEqualTo(200);
				assertThat(wait.get().body()).contains("\"status\":\"DONE\"");
			}
			Await.until("answered waits to be forgotten", Duration.ofSeconds(10), this.waiters::open,
					(open) -> open <= before);
		}
		finally {
			this.jdbc.update("update submissions set status = 'DONE', lease_owner = null, lease_until = null "
					+ "where id = any(?)", (Object) held.toArray(Long[]::new));
		}
	}

	/** A submission some worker holds for the next hour: waits on it do not end early. */
	private long heldSubmission(String username) {
		return this.jdbc.queryForObject(
				"""
						insert into submissions (user_id, problem_slug, mode, source, status, lease_owner, lease_until, attempts)
						select id, 'kmeans', 'SUBMIT', 'class Solution {}', 'RUNNING', 'a-test-holding-it',
						    now() + interval '1 hour', 1
						from users where lower(username) = lower(?)
						returning id""",
				Long.class, username);
	}

	private HttpRequest request(long id, int waitSeconds, String token) {
		return HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/submissions/" + id + "?wait=" + waitSeconds))
			.header("Accept", "application/json")
			.header("Authorization", token)
			.GET()
			.build();
	}

}
