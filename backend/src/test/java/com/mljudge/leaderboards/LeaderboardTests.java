package com.mljudge.leaderboards;

import com.mljudge.leaderboards.Learners.Learner;
import com.mljudge.problembank.ProblemBank;
import com.mljudge.submissions.Rejudging;
import com.mljudge.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The global board over the real path: submit over HTTP, the judge decides, the event
 * moves the board.
 */
@IntegrationTest
class LeaderboardTests {

	private static final String WRONG_DISTANCE = "public class Solution {\n"
			+ "    public static double distance(double[] a, double[] b) { return 0; }\n}\n";

	@LocalServerPort
	int port;

	@Autowired
	ProblemBank bank;

	@Autowired
	Rejudging rejudging;

	@Autowired
	JdbcTemplate jdbc;

	Learners learners;

	@BeforeEach
	void learners() {
		this.learners = new Learners(this.port);
	}

	@Test
	void anAcceptedSubmissionPutsTheLearnerOnTheBoard() {
		Learner learner = this.learners.register("lb");
		assertThat(this.learners.me(learner, "")).isNull();
		this.learners.submit(learner, "euclidean-distance", WRONG_DISTANCE);
		this.learners.submit(learner, "euclidean-distance", reference("euclidean-distance"));
		JsonNode me = Learners.await(() -> this.learners.me(learner, ""), (m) -> m != null, "on the board");
		assertThat(me.get("username").asString()).isEqualTo(learner.name());
		assertThat(me.get("points").asInt()).isEqualTo(10);
		assertThat(me.get("solved").asInt()).isEqualTo(1);
		assertThat(this.learners.me(learner, "?period=week").get("points").asInt()).isEqualTo(10);
		assertThat(this.learners.me(learner, "?topic=linear-algebra").get("points").asInt()).isEqualTo(10);
		assertThat(this.learners.me(learner, "?topic=regression")).isNull();
	}

	@Test
	void equalPointsRankWhoeverSolvedFirst() {
		Learner first = this.learners.register("lb");
		Learner second = this.learners.register("lb");
		this.learners.submit(first, "mse", reference("mse"));
		Learners.await(() -> this.learners.me(first, ""), (m) -> m != null, "first on the board");
		this.learners.submit(second, "mse", reference("mse"));
		JsonNode late = Learners.await(() -> this.learners.me(second, ""), (m) -> m != null, "second on the board");
		JsonNode early = this.learners.me(first, "");
		assertThat(early.get("points").asInt()).isEqualTo(late.get("points").asInt());
		assertThat(early.get("rank").asLong()).isLessThan(late.get("rank").asLong());
	}

	@Test
	void aRejudgeThatTakesAwayTheFirstSolveMovesTheStanding() {
		Learner learner = this.learners.register("rj");
		long firstId = this.learners.submit(learner, "euclidean-distance", reference("euclidean-distance"))
			.get("id")
			.asLong();
		JsonNode before = Learners.await(() -> this.learners.me(learner, ""), (m) -> m != null, "first solve");
		long secondId = this.learners.submit(learner, "euclidean-distance", reference("euclidean-distance"))
			.get("id")
			.asLong();
		// The first solve turns out wrong (as if the tests had been fixed): the second
		// one now earns the points.
		breakSource(firstId);
		assertThat(this.rejudging.rejudgeSubmission(firstId)).isTrue();
		JsonNode moved = Learners.await(() -> this.learners.me(learner, ""),
				(m) -> m != null && !m.get("reachedAt").asString().equals(before.get("reachedAt").asString()),
				"the solve time to move to the second submission");
		assertThat(moved.get("points").asInt()).isEqualTo(10);
		// And when no accepted submission is left, neither are the points.
		breakSource(secondId);
		assertThat(this.rejudging.rejudgeSubmission(secondId)).isTrue();
		Learners.await(() -> this.learners.me(learner, ""), (m) -> m == null, "the points to go");
	}

	private void breakSource(long submission) {
		this.jdbc.update("update submissions set source = ? where id = ?", WRONG_DISTANCE, submission);
	}

	private String reference(String slug) {
		return this.bank.get(slug).coding().referenceSource();
	}

}
