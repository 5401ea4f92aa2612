package com.mljudge.authoring.internal;

import java.util.Map;
import java.util.TreeMap;

import com.mljudge.problembank.ProblemBank;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which edits offer a rejudge: those that can change a verdict, not those that only
 * change the text.
 */
class JudgingChangeTests {

	private static final Map<String, String> KMEANS = ProblemBank.loadFromClasspath().files("kmeans");

	@Test
	void theSameFilesChangeNothing() {
		assertThat(JudgingChange.between(KMEANS, new TreeMap<>(KMEANS))).isFalse();
	}

	@Test
	void statementHintsAndWrongSolutionsDoNotChangeJudging() {
		Map<String, String> edited = new TreeMap<>(KMEANS);
		edited.put("statement.md", KMEANS.get("statement.md") + "\nOne more sentence.\n");
		edited.put("problem.yaml", KMEANS.get("problem.yaml").replace("title: K-means", "title: The k-means"));
		edited.put("wrong/OneIteration.java", KMEANS.get("wrong/OneIteration.java") + "\n// a comment\n");
		assertThat(JudgingChange.between(KMEANS, edited)).isFalse();
	}

	@Test
	void testsCheckerLimitsAndReferenceDo() {
		Map<String, String> tests = new TreeMap<>(KMEANS);
		tests.put("problem.yaml", KMEANS.get("problem.yaml").replace("seed: 7", "seed: 8"));
		assertThat(JudgingChange.between(KMEANS, tests)).isTrue();
		Map<String, String> limits = new TreeMap<>(KMEANS);
		limits.put("problem.yaml",
				KMEANS.get("problem.yaml").replace("cpuMillisPerTest: 2000", "cpuMillisPerTest: 3000"));
		assertThat(JudgingChange.between(KMEANS, limits)).isTrue();
		Map<String, String> reference = new TreeMap<>(KMEANS);
		reference.put("reference/Solution.java", KMEANS.get("reference/Solution.java") + "\n// same code\n");
		assertThat(JudgingChange.between(KMEANS, reference)).isTrue();
	}

}
