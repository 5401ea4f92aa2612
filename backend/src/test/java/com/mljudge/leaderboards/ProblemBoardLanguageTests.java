package com.mljudge.leaderboards;

import java.net.http.HttpResponse;

import com.mljudge.leaderboards.Learners.Learner;
import com.mljudge.problembank.ProblemBank;
import com.mljudge.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A problem's board shows the language of the submission that counts and can be filtered
 * by it. Python is off in these tests, so a Python solve is a judged Java one relabelled
 * in the database: the board reads the language from the counted submission either way.
 */
@IntegrationTest
class ProblemBoardLanguageTests {

	@LocalServerPort
	int port;

	@Autowired
	ProblemBank bank;

	@Autowired
	JdbcTemplate jdbc;

	Learners learners;

	@BeforeEach
	void learners() {
		this.learners = new Learners(this.port);
	}

	@Test
	void theBoardShowsAndFiltersTheCountedSubmissionsLanguage() {
		Learner javaSolver = this.learners.register("bl");
		Learner pythonSolver = this.learners.register("bl");
		String reference = this.bank.get("stable-softmax").coding().referenceSource();
		this.learners.submit(javaSolver, "stable-softmax", reference);
		long solve = this.learners.submit(pythonSolver, "stable-softmax", reference).get("id").asLong();
		this.jdbc.update("update submissions set language = 'python' where id = ?", solve);
		Learners.await(() -> this.learners.json("/api/leaderboards/problems/stable-softmax", null),
				(board) -> entry(board, javaSolver) != null && entry(board, pythonSolver) != null, "both solvers");

		JsonNode all = this.learners.json("/api/leaderboards/problems/stable-softmax", null);
		assertThat(entry(all, javaSolver).get("language").asString()).isEqualTo("java");
		assertThat(entry(all, pythonSolver).get("language").asString()).isEqualTo("python");
		JsonNode python = this.learners.json("/api/leaderboards/problems/stable-softmax?language=python", null);
		assertThat(entry(python, pythonSolver)).isNotNull();
		assertThat(entry(python, javaSolver)).isNull();
		assertThat(python.get("total").asLong()).isEqualTo(python.get("entries").size());
		JsonNode java = this.learners.json("/api/leaderboards/problems/stable-softmax?language=java", null);
		assertThat(entry(java, javaSolver)).isNotNull();
		assertThat(entry(java, pythonSolver)).isNull();

		String page = this.learners.site().get("/leaderboards/problems/stable-softmax?language=python").body();
		assertThat(page).contains("id=\"board-languages\"")
			.contains(pythonSolver.name())
			.doesNotContain(javaSolver.name());
	}

	@Test
	void anUnknownLanguageFilterIsRefused() {
		HttpResponse<String> refused = this.learners.site()
			.json("GET", "/api/leaderboards/problems/stable-softmax?language=cobol", null, null);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("java, python");
	}

	private static JsonNode entry(JsonNode board, Learner learner) {
		for (JsonNode entry : board.get("entries")) {
			if (learner.name().equals(entry.get("username").asString())) {
				return entry;
			}
		}
		return null;
	}

}
