package com.mljudge.problembank;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.stat.correlation.Covariance;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.mljudge.problembank.data.Datasets;
import com.mljudge.problembank.data.SyntheticData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Statistics and PCA references against Apache Commons Math (Apache-2.0). */
class CommonsMathStatisticsTests {

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 10, 101, 5000 })
	void percentilesMatchCommonsMathR7(int n) {
		double[] data = SyntheticData.normal(n, n, 5, 20);
		double[] q = { 0.5, 1, 12.5, 25, 33.3, 50, 66.6, 75, 90, 99, 100 };
		double[] actual = (double[]) References.call("percentiles", data, q);
		// R_7 is numpy's default "linear" method. Commons Math only accepts q in (0,
		// 100].
		Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
		for (int i = 0; i < q.length; i++) {
			assertThat(actual[i]).as("q=%s", q[i]).isCloseTo(percentile.evaluate(data, q[i]), within(1e-9));
		}
	}

	@Test
	void percentileZeroIsTheMinimum() {
		double[] data = SyntheticData.normal(8, 300, 0, 1);
		double[] actual = (double[]) References.call("percentiles", data, new double[] { 0 });
		assertThat(actual[0]).isEqualTo(java.util.Arrays.stream(data).min().orElseThrow());
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3, 30, 1000 })
	void tStatisticMatchesCommonsMathTTest(int n) {
		double[] sample = SyntheticData.normal(n + 7, n, 1.5, 2);
		double actual = (double) References.call("t-statistic", sample, 1.0);
		assertThat(actual).isCloseTo(new TTest().t(1.0, sample), within(1e-9 * (1 + Math.abs(actual))));
	}

	@Test
	void tStatisticMatchesOnPenguinBodyMass() {
		double[] mass = java.util.Arrays.stream(Datasets.penguins().numeric("body_mass_g"))
			.mapToDouble((row) -> row[0])
			.filter((v) -> !Double.isNaN(v))
			.toArray();
		double actual = (double) References.call("t-statistic", mass, 4200.0);
		assertThat(actual).isCloseTo(new TTest().t(4200.0, mass), within(1e-9));
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 17, 4000 })
	void standardizationMatchesMeanAndPopulationStandardDeviation(int n) {
		double[] data = SyntheticData.normal(n, n, -40, 9);
		double mean = new Mean().evaluate(data);
		double std = new StandardDeviation(false).evaluate(data);
		double[] actual = (double[]) References.call("standardization", (Object) data);
		for (int i = 0; i < n; i++) {
			double expected = (std > 0) ? (data[i] - mean) / std : 0;
			assertThat(actual[i]).isCloseTo(expected, within(1e-9));
		}
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4 })
	void pcaMatchesEigenDecompositionUpToSign(long seed) {
		double[][] x = SyntheticData.correlated(seed, 500, 2 + (int) seed);
		assertPcaMatches(x);
	}

	@Test
	void pcaMatchesEigenDecompositionOnBreastCancer() {
		assertPcaMatches(Datasets.breastCancer()
			.numeric("mean_radius", "mean_texture", "mean_smoothness", "mean_compactness", "mean_symmetry"));
	}

	private static void assertPcaMatches(double[][] x) {
		int d = x[0].length;
		RealMatrix covariance = new Covariance(new Array2DRowRealMatrix(x)).getCovarianceMatrix();
		EigenDecomposition eigen = new EigenDecomposition(covariance);
		double[] values = eigen.getRealEigenvalues();
		Integer[] order = java.util.stream.IntStream.range(0, d).boxed().toArray(Integer[]::new);
		java.util.Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
		double total = java.util.Arrays.stream(values).sum();

		double[][] components = (double[][]) References.call("pca", x, d);
		double[] ratios = (double[]) References.call("explained-variance", (Object) x);
		for (int j = 0; j < d; j++) {
			double[] expected = eigen.getEigenvector(order[j]).toArray();
			double sign = Math.signum(dot(expected, components[j]));
			for (int t = 0; t < d; t++) {
				assertThat(sign * components[j][t]).as("component %d[%d]", j, t).isCloseTo(expected[t], within(1e-6));
			}
			assertThat(ratios[j]).as("ratio %d", j).isCloseTo(values[order[j]] / total, within(1e-9));
		}
	}

	private static double dot(double[] a, double[] b) {
		double sum = 0;
		for (int t = 0; t < a.length; t++) {
			sum += a[t] * b[t];
		}
		return sum;
	}

}
