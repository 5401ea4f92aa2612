package com.mljudge.leaderboards;

import java.net.http.HttpResponse;

import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SiteClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The boards' JSON shape and their answers to bad input, on the API and on the pages. */
@IntegrationTest
class LeaderboardApiTests {

	@LocalServerPort
	int port;

	Learners learners;

	SiteClient anonymous;

	@BeforeEach
	void clients() {
		this.learners = new Learners(this.port);
		this.anonymous = this.learners.site();
	}

	@Test
	void theBoardIsPublicAndSaysHowPointsAreCounted() {
		JsonNode board = this.learners.json("/api/leaderboards?period=month&page=0", null);
		assertThat(board.propertyNames()).contains("period", "topic", "page", "pageSize", "total", "pointsByDifficulty",
				"entries", "me");
		assertThat(board.get("period").asString()).isEqualTo("month");
		assertThat(board.get("pointsByDifficulty").get("easy").asInt()).isEqualTo(10);
		assertThat(board.get("pointsByDifficulty").get("medium").asInt()).isEqualTo(20);
		assertThat(board.get("pointsByDifficulty").get("hard").asInt()).isEqualTo(40);
		assertThat(board.get("me").isNull()).isTrue();
		for (JsonNode entry : board.get("entries")) {
			assertThat(entry.propertyNames()).containsExactly("rank", "username", "points", "solved", "reachedAt");
		}
	}

	@Test
	void unknownPeriodOrTopicIsA400WithTheReason() {
		HttpResponse<String> period = this.anonymous.json("GET", "/api/leaderboards?period=decade", null, null);
		assertThat(period.statusCode()).isEqualTo(400);
		assertThat(period.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(period.body()).contains("Unknown period").contains("week");
		assertThat(this.anonymous.json("GET", "/api/leaderboards?topic=astrology", null, null).body())
			.contains("Unknown topic");
		assertThat(this.anonymous.json("GET", "/api/leaderboards?page=-1", null, null).statusCode()).isEqualTo(400);
		HttpResponse<String> page = this.anonymous.get("/leaderboards?period=decade");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("Unknown period").contains("navbar");
	}

	@Test
	void unknownProblemOrTeamIsA404() {
		assertThat(this.anonymous.json("GET", "/api/leaderboards/problems/no-such-problem", null, null).statusCode())
			.isEqualTo(404);
		assertThat(this.anonymous.json("GET", "/api/teams/987654321", null, null).statusCode()).isEqualTo(404);
		assertThat(this.anonymous.json("GET", "/api/teams/not-a-number", null, null).statusCode()).isEqualTo(400);
	}

	@Test
	void theTeamBoardIsPublic() {
		JsonNode teams = this.learners.json("/api/leaderboards/teams?period=week", null);
		assertThat(teams.propertyNames()).contains("period", "page", "pageSize", "total", "entries");
	}

	@Test
	void boardPagesRenderForEveryPeriodWithoutASession() {
		for (String query : new String[] { "", "?period=week", "?period=month", "?period=all&topic=clustering" }) {
			HttpResponse<String> page = this.anonymous.get("/leaderboards" + query);
			assertThat(page.statusCode()).as(query).isEqualTo(200);
			assertThat(page.body()).as(query).contains("Points for each coding problem").contains("nav-link active");
			assertThat(page.headers().firstValue("Set-Cookie")).as(query).isEmpty();
		}
		assertThat(this.anonymous.get("/leaderboards/teams").body()).contains("Sign in</a> to start a team");
	}

	@Test
	void anEmptyPeriodSaysSo() {
		// Far past the last page there is nobody, which renders the empty state.
		String page = this.anonymous.get("/leaderboards?period=week&topic=cnn&page=500").body();
		assertThat(page).contains("id=\"empty-board\"");
	}

}
