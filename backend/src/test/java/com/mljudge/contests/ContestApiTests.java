package com.mljudge.contests;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.mljudge.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.mljudge.contests.ContestFixtures.ADMIN;
import static com.mljudge.contests.ContestFixtures.JSON;
import static com.mljudge.contests.ContestFixtures.basic;
import static com.mljudge.contests.ContestFixtures.contest;
import static com.mljudge.contests.ContestFixtures.uniqueSlug;
import static org.assertj.core.api.Assertions.assertThat;

/** Creating, reading, editing and deleting contests and registering over the JSON API. */
@IntegrationTest
class ContestApiTests {

	@LocalServerPort
	int port;

	ContestFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new ContestFixtures(this.port);
	}

	@Test
	void adminCreatesAContestThatAnyoneCanRead() {
		String slug = uniqueSlug("api");
		Instant start = ContestFixtures.now().plus(Duration.ofDays(1));
		JsonNode created = this.fixtures.create(contest(slug, "ICPC", start, start.plus(Duration.ofHours(2)), 30,
				List.of("kmeans", "euclidean-distance")));
		assertThat(created.get("phase").asString()).isEqualTo("UPCOMING");
		assertThat(created.get("publicPercent").asInt()).isEqualTo(50);
		assertThat(created.get("freezesAt").asString()).isEqualTo(start.plus(Duration.ofMinutes(90)).toString());

		JsonNode list = JSON.readTree(this.fixtures.client().json("GET", "/api/contests", null, null).body());
		assertThat(list.findValuesAsString("slug")).contains(slug);
		for (JsonNode item : list) {
			if (item.get("slug").asString().equals(slug)) {
				assertThat(item.get("problems").isNull()).as("problems of an upcoming contest").isTrue();
			}
		}
		// Before the start only admins see which problems a contest holds.
		JsonNode anonymous = read(slug, null);
		assertThat(anonymous.get("problems").isNull()).isTrue();
		assertThat(read(slug, ADMIN).get("problems").size()).isEqualTo(2);
	}

	@Test
	void badContestsGetA400NamingEachWrongField() {
		Instant start = ContestFixtures.now().plus(Duration.ofDays(1));
		ObjectNode body = contest("Not A Slug!", "ELO", start, start.minusSeconds(60), -5, List.of("no-such-problem"));
		body.put("title", "");
		HttpResponse<String> response = this.fixtures.client().json("POST", "/api/contests", body.toString(), ADMIN);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		JsonNode errors = JSON.readTree(response.body()).get("errors");
		assertThat(errors.propertyNames()).contains("slug", "title", "endsAt", "scoring", "freezeMinutes", "problems");
		assertThat(errors.get("endsAt").asString()).contains("after the start");
		assertThat(errors.get("problems").asString()).contains("no-such-problem");
	}

	@Test
	void contestsHoldCodingProblemsOnly() {
		Instant start = ContestFixtures.now().plus(Duration.ofDays(1));
		HttpResponse<String> response = this.fixtures.client()
			.json("POST", "/api/contests", contest(uniqueSlug("concept"), "ICPC", start, start.plusSeconds(3600), 0,
					List.of("kmeans", "bias-and-variance"))
				.toString(), ADMIN);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("bias-and-variance").contains("coding problems only");
	}

	@Test
	void onlyAdminsCreateContests() {
		Instant start = ContestFixtures.now().plus(Duration.ofDays(1));
		String body = contest(uniqueSlug("nope"), "ICPC", start, start.plusSeconds(3600), 0, List.of("kmeans"))
			.toString();
		String user = this.fixtures.newUser("cu");
		assertThat(this.fixtures.client().json("POST", "/api/contests", body, basic(user)).statusCode()).isEqualTo(403);
		assertThat(this.fixtures.client().json("POST", "/api/contests", body, null).statusCode()).isEqualTo(401);
	}

	@Test
	void aContestCanBeDeletedOnlyBeforeItStarts() {
		Instant now = ContestFixtures.now();
		String upcoming = uniqueSlug("del");
		this.fixtures
			.create(contest(upcoming, "ICPC", now.plusSeconds(3600), now.plusSeconds(7200), 0, List.of("kmeans")));
		assertThat(this.fixtures.client().json("DELETE", "/api/contests/" + upcoming, null, ADMIN).statusCode())
			.isEqualTo(204);
		assertThat(this.fixtures.client().json("GET", "/api/contests/" + upcoming, null, null).statusCode())
			.isEqualTo(404);

		String running = uniqueSlug("run");
		this.fixtures
			.create(contest(running, "ICPC", now.minusSeconds(60), now.plusSeconds(3600), 0, List.of("kmeans")));
		HttpResponse<String> refused = this.fixtures.client().json("DELETE", "/api/contests/" + running, null, ADMIN);
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("has started");
	}

	@Test
	void anAdminMovesTheEndOfARunningContest() {
		Instant now = ContestFixtures.now();
		String slug = uniqueSlug("move");
		ObjectNode body = contest(slug, "ICPC", now.minusSeconds(600), now.plusSeconds(600), 0, List.of("kmeans"));
		this.fixtures.create(body);
		Instant later = now.plus(Duration.ofHours(3));
		body.put("endsAt", later.toString());
		assertThat(this.fixtures.update(body).get("endsAt").asString()).isEqualTo(later.toString());
	}

	@Test
	void usersRegisterOnceAndNotAfterTheEnd() {
		Instant now = ContestFixtures.now();
		String slug = uniqueSlug("reg");
		ObjectNode body = contest(slug, "ICPC", now.minusSeconds(600), now.plusSeconds(600), 0, List.of("kmeans"));
		this.fixtures.create(body);
		String user = this.fixtures.newUser("rg");
		this.fixtures.register(slug, user);
		assertThat(this.fixtures.client()
			.json("POST", "/api/contests/" + slug + "/registration", null, basic(user))
			.statusCode()).isEqualTo(200);
		assertThat(read(slug, basic(user)).get("registered").asBoolean()).isTrue();
		assertThat(
				this.fixtures.client().json("POST", "/api/contests/" + slug + "/registration", null, null).statusCode())
			.isEqualTo(401);

		body.put("endsAt", ContestFixtures.now().toString());
		this.fixtures.update(body);
		String late = this.fixtures.newUser("lt");
		HttpResponse<String> refused = this.fixtures.client()
			.json("POST", "/api/contests/" + slug + "/registration", null, basic(late));
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("registration is closed");
	}

	@Test
	void unknownContestGets404ProblemJson() {
		HttpResponse<String> response = this.fixtures.client().json("GET", "/api/contests/no-such-contest", null, null);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
	}

	private JsonNode read(String slug, String authorization) {
		HttpResponse<String> response = this.fixtures.client()
			.json("GET", "/api/contests/" + slug, null, authorization);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

}
