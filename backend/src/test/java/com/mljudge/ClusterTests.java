package com.mljudge;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.mljudge.accounts.AccountRoles;
import com.mljudge.authoring.AuthoringFixtures;
import com.mljudge.database.JobTurns;
import com.mljudge.support.Await;
import com.mljudge.support.Cluster;
import com.mljudge.support.JudgedEvents;
import com.mljudge.support.SiteClient;
import com.mljudge.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one PostgreSQL behave as one site behind a load balancer without
 * sticky sessions: each request of one browser may land on either. The last test closes
 * instances.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ADMIN = SiteClient.basic("admin", TestDatabase.ADMIN_PASSWORD);

	static Cluster cluster;

	@BeforeAll
	static void start() {
		// Cached copies live, and verdict waits go without reading their rows, far longer
		// than any test: what shows on the other instance was signalled there. The second
		// instance is web-only: the first judges everything.
		cluster = Cluster.start(Map.of("judge.page-cache.ttl", "10m", "judge.page-cache.signed-in-ttl", "10m",
				"judge.published.refresh", "10m", "judge.api.wait-recheck", "10m", "judge.workers.heartbeat", "1s"),
				Map.of("judge.instance.name", "first"),
				Map.of("judge.instance.name", "web", "judge.workers.enabled", false));
	}

	@AfterAll
	static void stop() {
		if (cluster != null) {
			cluster.close();
		}
	}

	@Test
	void aSignInOnOneInstanceHoldsOnTheOtherAndItsFormsPostThere() {
		CookieManager browser = new CookieManager();
		SiteClient first = cluster.instance(0).client(browser);
		SiteClient second = cluster.instance(1).client(browser);
		String name = SiteClient.username(first.registerFreshUser("s"));
		assertThat(first.signIn(name, SiteClient.USER_PASSWORD).statusCode()).isEqualTo(302);

		HttpResponse<String> account = second.get("/account");
		assertThat(account.statusCode()).isEqualTo(200);
		assertThat(account.body()).contains(name);

		// A form served by one instance, posted to the other; its answer (a flash
		// message) shown by the first.
		String csrf = SiteClient.csrf(account.body());
		assertThat(csrf).isNotNull();
		HttpResponse<String> refused = first.post("/account/tokens", Map.of("name", " ", "_csrf", csrf));
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/account");
		assertThat(second.get("/account").body()).contains("Give the token a name");

		// Signing out on one signs out on both.
		String token = SiteClient.csrf(first.get("/account").body());
		assertThat(second.post("/logout", Map.of("_csrf", token)).statusCode()).isEqualTo(302);
		assertThat(first.get("/account").statusCode()).isEqualTo(302);
	}

	@Test
	void theSubmissionRateLimitCountsBothInstancesTogether() throws Exception {
		String basic = cluster.instance(0).client().registerFreshUser("r");
		String bearer = bearer(cluster.instance(0).client(), basic);
		List<SiteClient> sides = List.of(cluster.instance(0).client(), cluster.instance(1).client());
		List<Future<Integer>> answers = new ArrayList<>();
		ExecutorService senders = Executors.newFixedThreadPool(6);
		try {
			for (int i = 0; i < 40; i++) {
				SiteClient side = sides.get(i % 2);
				answers.add(senders.submit(() -> side
					.json("POST", "/api/runs", "{\"problem\": \"kmeans\", \"source\": \"not java\"}", bearer)
					.statusCode()));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			// 30 per minute is the default limit; sent at once to both, not one more gets
			// in.
			assertThat(statuses).containsOnly(202, 429);
			assertThat(statuses.stream().filter((status) -> status == 202)).hasSize(30);
		}
		finally {
			senders.shutdownNow();
		}
		HttpResponse<String> refused = sides.get(1)
			.json("POST", "/api/runs", "{\"problem\": \"kmeans\", \"source\": \"not java\"}", bearer);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
	}

	private static String bearer(SiteClient client, String basic) {
		HttpResponse<String> token = client.json("POST", "/api/tokens", "{\"name\": \"cluster\"}", basic);
		assertThat(token.statusCode()).isEqualTo(201);
		return "Bearer " + JSON.readTree(token.body()).get("token").asString();
	}

	@Test
	void aProblemPublishedOnOneInstanceShowsOnTheOtherAtOnce() throws Exception {
		String slug = AuthoringFixtures.uniqueSlug("everywhere");
		Map<String, String> files = new java.util.TreeMap<>(AuthoringFixtures.sumProblem(slug, false));
		files.put("problem.yaml", files.get("problem.yaml").replace("title: Sum of values", "title: Zebrafinch sum"));
		SiteClient other = cluster.instance(1).client();
		// The other instance has read the catalog and keeps its pages.
		assertThat(other.get("/problems?q=zebrafinch").body()).doesNotContain("/problems/" + slug + "\"");
		assertThat(other.get("/problems/" + slug).statusCode()).isEqualTo(404);

		AuthoringFixtures fixtures = new AuthoringFixtures(cluster.instance(0).port(),
				cluster.instance(0).bean(AccountRoles.class));
		assertThat(fixtures.postZip("/api/authoring/import", AuthoringFixtures.zip(Map.of(slug, files)), ADMIN)
			.statusCode()).isEqualTo(200);
		SiteClient admin = cluster.instance(0).client();
		assertThat(admin.signIn("admin", TestDatabase.ADMIN_PASSWORD).statusCode()).isEqualTo(302);
		String edit = "/authoring/" + slug + "/edit";
		admin.submit(edit, "/authoring/" + slug + "/validate", Map.of());
		assertThat(admin.get(edit).body()).contains("id=\"validation-passed\"");
		assertThat(admin.submit(edit, "/authoring/" + slug + "/publish", Map.of()).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).contains("published=1"));

		// The signal travels after the commit: a moment, not the ten minutes of the
		// copies.
		Await.until("the other instance to serve " + slug, () -> other.get("/problems/" + slug).statusCode() == 200);
		assertThat(other.get("/problems/" + slug).body()).contains("Zebrafinch sum");
		assertThat(other.get("/problems?q=zebrafinch").body()).contains("/problems/" + slug + "\"");
	}

	@Test
	void aVerdictWaitOnOneInstanceEndsWhenTheOtherJudges() throws Exception {
		String basic = cluster.instance(1).client().registerFreshUser("w");
		String bearer = bearer(cluster.instance(1).client(), basic);
		// Held by a worker that went away; no worker takes it before the test lets go.
		long id = cluster.jdbc()
			.queryForObject(
					"""
							insert into submissions (user_id, problem_slug, mode, source, status, lease_owner, lease_until, attempts)
							select id, 'kmeans', 'SUBMIT', 'not java', 'RUNNING', 'gone', now() + interval '1 hour', 0
							from users where lower(username) = lower(?)
							returning id""",
					Long.class, SiteClient.username(basic));
		HttpClient http = HttpClient.newHttpClient();
		CompletableFuture<HttpResponse<String>> waiting = http.sendAsync(HttpRequest
			.newBuilder(URI
				.create("http://localhost:" + cluster.instance(1).port() + "/api/submissions/" + id + "?wait=30"))
			.header("Accept", "application/json")
			.header("Authorization", bearer)
			.build(), HttpResponse.BodyHandlers.ofString());
		// Not an assertion: time for the wait to park, so the verdict comes while it
		// waits.
		Await.pause(Duration.ofMillis(1_500));
		assertThat(waiting).isNotDone();
		cluster.jdbc().update("update submissions set status = 'QUEUED', lease_owner = null where id = ?", id);

		HttpResponse<String> answer = waiting.get(60, TimeUnit.SECONDS);
		assertThat(answer.statusCode()).isEqualTo(200);
		// The web-only instance does not read the row again while its wait is open (the
		// recheck is ten minutes): only the judging instance's signal can end it with
		// DONE.
		assertThat(answer.body()).contains("\"status\":\"DONE\"").contains("COMPILE_ERROR");
		assertThat(cluster.instance(0).judged().await((judged) -> judged.id() == id)).isNotNull();
	}

	@Test
	void aPeriodicJobRunsOnOneInstancePerPeriod() throws Exception {
		List<JobTurns> turns = List.of(cluster.instance(0).bean(JobTurns.class),
				cluster.instance(1).bean(JobTurns.class));
		ExecutorService askers = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> answers = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				JobTurns side = turns.get(i % 2);
				answers.add(askers.submit(() -> side.take("cluster-tests", Duration.ofMinutes(10))));
			}
			int taken = 0;
			for (Future<Boolean> answer : answers) {
				taken += answer.get() ? 1 : 0;
			}
			assertThat(taken).isOne();
		}
		finally {
			askers.shutdownNow();
		}
		assertThat(turns.get(0).take("cluster-tests-brief", Duration.ofMillis(200))).isTrue();
		assertThat(turns.get(1).take("cluster-tests-brief", Duration.ofMillis(200))).isFalse();
		Await.pause(Duration.ofMillis(300));
		assertThat(turns.get(1).take("cluster-tests-brief", Duration.ofMillis(200))).as("the next period").isTrue();
	}

	@Test
	@Order(Integer.MAX_VALUE)
	void closingAnInstanceMidJudgingLeavesTheOtherToFinishEverySubmissionOnce() throws Exception {
		Cluster.Instance first = cluster.instance(0);
		Cluster.Instance web = cluster.instance(1);
		Cluster.Instance third = cluster.add(Map.of("judge.instance.name", "third"));
		assertThat(web.client().json("GET", "/actuator/health/readiness", null, null).statusCode()).isEqualTo(200);
		String bearer = bearer(web.client(), web.client().registerFreshUser("k"));
		// Each runs into its time limit: seconds of judging, so one is under way when the
		// first instance goes.
		String spinning = "public class Solution { public static int[] cluster(double[][] points, int k, "
				+ "double[][] initialCentroids) { long spins = 0; while (spins >= 0) { spins++; } "
				+ "return new int[0]; } }";
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			HttpResponse<String> queued = web.client()
				.json("POST", "/api/submissions",
						JSON.writeValueAsString(Map.of("problem", "kmeans", "source", spinning)), bearer);
			assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
			ids.add(JSON.readTree(queued.body()).get("id").asLong());
		}
		String held = "select count(*) from submissions where id = any(?) and status = 'RUNNING'"
				+ " and lease_owner like '%@first'";
		Await.until("the first instance to take one",
				() -> cluster.jdbc().queryForObject(held, Integer.class, (Object) ids.toArray(Long[]::new)),
				(taken) -> taken > 0);
		assertThat(cluster.jdbc().queryForObject(held, Integer.class, (Object) ids.toArray(Long[]::new)))
			.as("the first instance is judging one")
			.isOne();
		JudgedEvents firstJudged = first.judged();
		first.stop();

		// The interrupted submission comes back when its lease runs out, at the latest.
		String unfinished = "select count(*) from submissions where id = any(?) and status <> 'DONE'";
		Await.until("every submission to be judged", Duration.ofMinutes(3),
				() -> cluster.jdbc().queryForObject(unfinished, Integer.class, (Object) ids.toArray(Long[]::new)),
				(left) -> left == 0);
		for (long id : ids) {
			assertThat(firstJudged.count((e) -> e.id() == id) + third.judged().count((e) -> e.id() == id))
				.as("verdicts of submission %d", id)
				.isOne();
		}
		assertThat(third.judged().count((e) -> ids.contains(e.id()))).as("the third instance judged some").isPositive();

		// The web-only instance is ready while a worker lives anywhere, and says so when
		// none does.
		assertThat(web.client().json("GET", "/actuator/health/readiness", null, null).statusCode()).isEqualTo(200);
		third.stop();
		HttpResponse<String> readiness = web.client().json("GET", "/actuator/health/readiness", null, null);
		assertThat(readiness.statusCode()).isEqualTo(503);
		assertThat(readiness.body()).contains("DOWN");
	}

}
