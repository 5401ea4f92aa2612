package com.mljudge.problembank;

import java.util.Arrays;
import java.util.Random;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.mljudge.problembank.TransformerReferenceTests.gaussian;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Gaussian-mixture EM step, the random-search sampler and the small CNN against
 * Commons Math densities, EM's monotone likelihood, a second sampler and the bank's own
 * conv2d and max-pooling references.
 */
class MixturesSearchAndCnnReferenceTests {

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void emStepMatchesCommonsMathDensitiesAndNeverLowersTheLikelihood(long seed) {
		Random r = new Random(seed);
		double[] x = new double[300];
		for (int i = 0; i < x.length; i++) {
			x[i] = (i % 3 == 0) ? -4 + r.nextGaussian() : 3 + 2 * r.nextGaussian();
		}
		double[] w = { 0.5, 0.5 }, mu = { -1, 1 }, var = { 1, 1 };
		double[] step = (double[]) References.call("gmm-em-step", x, w, mu, var);
		double[][] resp = new double[x.length][2];
		double logLikelihood = 0;
		for (int i = 0; i < x.length; i++) {
			double total = 0;
			for (int c = 0; c < 2; c++) {
				resp[i][c] = w[c] * new NormalDistribution(null, mu[c], Math.sqrt(var[c])).density(x[i]);
				total += resp[i][c];
			}
			logLikelihood += Math.log(total);
			for (int c = 0; c < 2; c++) {
				resp[i][c] /= total;
			}
		}
		assertThat(step[6]).isCloseTo(logLikelihood, within(1e-8));
		for (int c = 0; c < 2; c++) {
			int comp = c;
			double n = Arrays.stream(resp).mapToDouble((row) -> row[comp]).sum();
			double mean = 0;
			for (int i = 0; i < x.length; i++) {
				mean += resp[i][c] * x[i] / n;
			}
			double v = 0;
			for (int i = 0; i < x.length; i++) {
				v += resp[i][c] * (x[i] - mean) * (x[i] - mean) / n;
			}
			assertThat(step[c]).isCloseTo(n / x.length, within(1e-12));
			assertThat(step[2 + c]).isCloseTo(mean, within(1e-10));
			assertThat(step[4 + c]).isCloseTo(v, within(1e-10));
		}
		double[] previous = step;
		for (int iteration = 0; iteration < 10; iteration++) {
			double[] next = (double[]) References.call("gmm-em-step", x, Arrays.copyOfRange(previous, 0, 2),
					Arrays.copyOfRange(previous, 2, 4), Arrays.copyOfRange(previous, 4, 6));
			assertThat(next[6]).isGreaterThanOrEqualTo(previous[6] - 1e-9);
			previous = next;
		}
	}

	@Test
	void randomSearchDrawsInTheStatedOrderAndCoversDecadesEvenly() {
		double[][] configs = (double[][]) References.call("random-hyperparameter-search", new double[] { 1e-5, 2, 0 },
				new double[] { 1e-1, 5, 1 }, new int[] { 1, 2, 0 }, 4000, 99L);
		Random r = new Random(99);
		for (double[] config : configs) {
			assertThat(config[0]).isCloseTo(Math.pow(10, -5 + 4 * r.nextDouble()), within(1e-12));
			assertThat(config[1]).isEqualTo(2 + r.nextInt(4));
			assertThat(config[2]).isCloseTo(r.nextDouble(), within(1e-15));
		}
		long firstDecade = Arrays.stream(configs).filter((c) -> c[0] < 1e-4).count();
		assertThat(firstDecade).isBetween(850L, 1150L);
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void smallCnnEqualsTheBankConvolutionAndPoolingReferencesComposed(long seed) {
		double[][] image = gaussian(seed, 11, 9, 1), kernel = gaussian(seed + 1, 3, 2, 1);
		double[][] conv = (double[][]) References.call("conv2d-forward", image, kernel, 0.2, 1, 0);
		double[][] relu = Arrays.stream(conv)
			.map((row) -> Arrays.stream(row).map((v) -> Math.max(0, v)).toArray())
			.toArray(double[][]::new);
		double[][] pooled = (double[][]) References.call("max-pooling", relu, 2, 2);
		double[] flat = Arrays.stream(pooled).flatMapToDouble(Arrays::stream).toArray();
		double[][] dense = gaussian(seed + 2, 3, flat.length, 1);
		double[] bias = { 0.1, -0.2, 0.3 };
		double[] expected = new double[3];
		for (int c = 0; c < 3; c++) {
			expected[c] = bias[c];
			for (int f = 0; f < flat.length; f++) {
				expected[c] += dense[c][f] * flat[f];
			}
		}
		assertThat((double[]) References.call("small-cnn-forward", image, kernel, 0.2, dense, bias))
			.containsExactly(expected, within(1e-10));
	}

}
