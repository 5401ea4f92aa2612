package com.mljudge.leaderboards;

import java.util.ArrayList;
import java.util.List;

import com.mljudge.leaderboards.Learners.Learner;
import com.mljudge.problembank.ProblemBank;
import com.mljudge.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-problem boards: metric-scored problems rank by best score, the others by who solved
 * first.
 */
@IntegrationTest
class ProblemBoardTests {

	@LocalServerPort
	int port;

	@Autowired
	ProblemBank bank;

	Learners learners;

	@BeforeEach
	void learners() {
		this.learners = new Learners(this.port);
	}

	@Test
	void metricProblemRanksTheBetterScoreAboveTheEarlierSubmission() {
		Learner early = this.learners.register("pm");
		Learner better = this.learners.register("pm");
		String weak = this.bank.get("logistic-classifier").coding().wrongSolutions().get(0).source();
		int weakScore = this.learners.submit(early, "logistic-classifier", weak).get("score").asInt();
		this.learners.submit(better, "logistic-classifier",
				this.bank.get("logistic-classifier").coding().referenceSource());
		List<String> order = Learners.await(() -> names("logistic-classifier", early, better),
				(names) -> names.size() == 2, "both on the problem's board");
		assertThat(order).containsExactly(better.name(), early.name());
		JsonNode board = this.learners.json("/api/leaderboards/problems/logistic-classifier", null);
		assertThat(board.get("rankedBy").asString()).startsWith("best score");
		assertThat(entry(board, early).get("score").asInt()).isEqualTo(weakScore);
		assertThat(entry(board, better).get("score").asInt()).isEqualTo(100);
	}

	@Test
	void otherProblemsRankTheFirstSolverFirst() {
		Learner first = this.learners.register("pn");
		Learner second = this.learners.register("pn");
		String reference = this.bank.get("cosine-similarity").coding().referenceSource();
		this.learners.submit(first, "cosine-similarity", reference);
		Learners.await(() -> names("cosine-similarity", first, second), (names) -> names.size() == 1, "first solver");
		this.learners.submit(second, "cosine-similarity", reference);
		List<String> order = Learners.await(() -> names("cosine-similarity", first, second),
				(names) -> names.size() == 2, "both solvers");
		assertThat(order).containsExactly(first.name(), second.name());
		JsonNode board = this.learners.json("/api/leaderboards/problems/cosine-similarity", null);
		assertThat(board.get("rankedBy").asString()).startsWith("first accepted");
		assertThat(entry(board, first).get("timeMillis").isNumber()).isTrue();
	}

	@Test
	void theProblemBoardPageShowsTheRule() {
		String page = this.learners.site().get("/leaderboards/problems/logistic-classifier").body();
		assertThat(page).contains("ranked by best score").contains("Logistic regression classifier");
		assertThat(this.learners.site().get("/leaderboards/problems/no-such-problem").statusCode()).isEqualTo(404);
	}

	/**
	 * The learners' names in board order (the board is short in tests: one page holds
	 * everyone).
	 */
	private List<String> names(String problem, Learner... wanted) {
		List<String> names = new ArrayList<>();
		for (JsonNode entry : this.learners.json("/api/leaderboards/problems/" + problem, null).get("entries")) {
			for (Learner learner : wanted) {
				if (learner.name().equals(entry.get("username").asString())) {
					names.add(learner.name());
				}
			}
		}
		return names;
	}

	private static JsonNode entry(JsonNode board, Learner learner) {
		for (JsonNode entry : board.get("entries")) {
			if (learner.name().equals(entry.get("username").asString())) {
				return entry;
			}
		}
		throw new AssertionError(learner.name() + " is not on the board");
	}

}
