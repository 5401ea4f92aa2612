package com.mljudge.python;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.mljudge.judge.JudgeResult;
import com.mljudge.judge.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

class PythonStarterTests {

	@Test
	void kMeansStarterNamesItsParametersInSnakeCase() {
		String starter = PythonJudgeTests.RUNNER.starter("cluster",
				List.of(double[][].class, int.class, double[][].class), List.of("points", "k", "initialCentroids"),
				int[].class);

		assertThat(starter).isEqualTo("""
				def cluster(points, k, initial_centroids):
				    \"""
				    points: list of lists of floats
				    k: int
				    initial_centroids: list of lists of floats
				    returns: list of ints
				    \"""
				    # your code here
				    return []
				""");
	}

	@Test
	void capitalisedNamesStayAsMlCodeWritesThem() {
		String starter = PythonStarter.of("mlpGradients", List.of(double[][].class, int[].class, double[][].class),
				List.of("X", "yTrue", "W1"), double.class);

		assertThat(starter).startsWith("def mlp_gradients(X, y_true, W1):").endsWith("    return 0.0\n");
	}

	@Test
	void starterAsGeneratedIsJudgedWithoutErrors() {
		String starter = PythonStarter.of("total", List.of(double[].class), List.of("xs"), double.class);

		JudgeResult result = PythonJudgeTests.RUNNER.judge(starter, Problems.sum(), Problems.SUM_REFERENCE);

		assertThat(result.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
	}

}
