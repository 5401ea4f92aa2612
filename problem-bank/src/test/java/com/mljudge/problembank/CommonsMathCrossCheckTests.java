package com.mljudge.problembank;

import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.apache.commons.math3.util.MathArrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.mljudge.problembank.data.Datasets;
import com.mljudge.problembank.data.RegressionData;
import com.mljudge.problembank.data.SyntheticData;
import com.mljudge.problembank.data.Table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * References compared with Apache Commons Math (Apache-2.0) on generated and real data.
 */
class CommonsMathCrossCheckTests {

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6 })
	void linearRegressionMatchesOlsOnGeneratedData(long seed) {
		RegressionData data = SyntheticData.linear(seed, 400, 1 + (int) (seed % 5), 0.7);
		assertMatchesOls(data.x(), data.y());
	}

	@Test
	void linearRegressionMatchesOlsOnIris() {
		Table iris = Datasets.iris();
		double[][] x = iris.numeric("sepal_length", "sepal_width", "petal_length");
		double[] y = column(iris.numeric("petal_width"));
		assertMatchesOls(x, y);
	}

	@Test
	void linearRegressionMatchesOlsOnBreastCancerMeans() {
		Table cancer = Datasets.breastCancer();
		double[][] x = cancer.numeric("mean_texture", "mean_smoothness", "mean_compactness", "mean_symmetry");
		double[] y = column(cancer.numeric("mean_radius"));
		assertMatchesOls(x, y);
	}

	private static void assertMatchesOls(double[][] x, double[] y) {
		OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
		ols.newSampleData(y, x);
		double[] expected = ols.estimateRegressionParameters();
		double[] actual = (double[]) References.call("linear-regression", x, y);
		assertThat(actual).hasSameSizeAs(expected);
		for (int j = 0; j < expected.length; j++) {
			assertThat(actual[j]).as("coefficient %d", j)
				.isCloseTo(expected[j], within(1e-8 * (1 + Math.abs(expected[j]))));
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2, 7, 1000 })
	void euclideanDistanceMatchesMathArrays(int d) {
		double[] a = SyntheticData.normal(d, d, 3, 10);
		double[] b = SyntheticData.normal(d + 1000, d, -1, 4);
		double actual = (double) References.call("euclidean-distance", a, b);
		assertThat(actual).isCloseTo(MathArrays.distance(a, b), within(1e-12 * (1 + actual)));
	}

	private static double[] column(double[][] matrix) {
		double[] column = new double[matrix.length];
		for (int i = 0; i < matrix.length; i++) {
			column[i] = matrix[i][0];
		}
		return column;
	}

}
