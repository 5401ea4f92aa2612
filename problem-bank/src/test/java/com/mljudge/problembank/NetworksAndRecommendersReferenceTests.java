package com.mljudge.problembank;

import java.util.Arrays;
import java.util.Random;

import org.apache.commons.math3.analysis.function.Sigmoid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.mljudge.problembank.TransformerReferenceTests.assertClose;
import static com.mljudge.problembank.TransformerReferenceTests.gaussian;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The MLP, GRU, matrix-factorisation and multinomial naive Bayes references against
 * central differences, a second formulation of the same equations and hand-computed
 * values.
 */
class NetworksAndRecommendersReferenceTests {

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void mlpGradientsMatchCentralDifferencesOfTheMeanCrossEntropy(long seed) {
		double[][] x = gaussian(seed, 7, 4, 1), w1 = gaussian(seed + 1, 5, 4, 0.7), w2 = gaussian(seed + 2, 3, 5, 0.7);
		double[] b1 = gaussian(seed + 3, 1, 5, 0.3)[0], b2 = gaussian(seed + 4, 1, 3, 0.3)[0];
		int[] y = new Random(seed).ints(7, 0, 3).toArray();
		double[][] g = (double[][]) References.call("mlp-backward", x, y, w1, b1, w2, b2);
		double h = 1e-6;
		for (int j = 0; j < 5; j++) {
			for (int i = 0; i < 4; i++) {
				double keep = w1[j][i];
				w1[j][i] = keep + h;
				double up = mlpLoss(x, y, w1, b1, w2, b2);
				w1[j][i] = keep - h;
				double down = mlpLoss(x, y, w1, b1, w2, b2);
				w1[j][i] = keep;
				assertThat(g[j][i]).isCloseTo((up - down) / (2 * h), within(1e-7));
			}
		}
		for (int k = 0; k < 3; k++) {
			double keep = b2[k];
			b2[k] = keep + h;
			double up = mlpLoss(x, y, w1, b1, w2, b2);
			b2[k] = keep - h;
			double down = mlpLoss(x, y, w1, b1, w2, b2);
			b2[k] = keep;
			assertThat(g[5 + 1 + 3][k]).isCloseTo((up - down) / (2 * h), within(1e-7));
		}
	}

	private static double mlpLoss(double[][] x, int[] y, double[][] w1, double[] b1, double[][] w2, double[] b2) {
		double loss = 0;
		for (int s = 0; s < x.length; s++) {
			double[] r = new double[w1.length];
			for (int j = 0; j < w1.length; j++) {
				r[j] = Math.max(0, b1[j] + dot(w1[j], x[s]));
			}
			double[][] logits = new double[1][w2.length];
			for (int k = 0; k < w2.length; k++) {
				logits[0][k] = b2[k] + dot(w2[k], r);
			}
			loss -= ((double[][]) References.call("stable-softmax", logits, true))[0][y[s]];
		}
		return loss / x.length;
	}

	@Test
	void gruMatchesTheGateEquationsWrittenWithCommonsMathSigmoid() {
		int hidden = 3, d = 2;
		double[][] x = gaussian(61, 6, d, 1), w = gaussian(62, 3 * hidden, d, 0.5),
				u = gaussian(63, 3 * hidden, hidden, 0.5);
		double[] b = gaussian(64, 1, 3 * hidden, 0.2)[0], h = gaussian(65, 1, hidden, 0.5)[0];
		Sigmoid sigmoid = new Sigmoid();
		double[][] expected = new double[6][];
		for (int t = 0; t < 6; t++) {
			double[] z = new double[hidden], r = new double[hidden], next = new double[hidden];
			for (int k = 0; k < hidden; k++) {
				z[k] = sigmoid.value(dot(w[k], x[t]) + dot(u[k], h) + b[k]);
				r[k] = sigmoid.value(dot(w[hidden + k], x[t]) + dot(u[hidden + k], h) + b[hidden + k]);
			}
			for (int k = 0; k < hidden; k++) {
				double reset = 0;
				for (int m = 0; m < hidden; m++) {
					reset += u[2 * hidden + k][m] * r[m] * h[m];
				}
				double candidate = Math.tanh(dot(w[2 * hidden + k], x[t]) + reset + b[2 * hidden + k]);
				next[k] = z[k] * h[k] + (1 - z[k]) * candidate;
			}
			h = next;
			expected[t] = next;
		}
		assertClose((double[][]) References.call("gru-cell-forward", x, gaussian(65, 1, hidden, 0.5)[0], w, u, b),
				expected, 1e-12);
	}

	@Test
	void matrixFactorisationStepDecreasesTheRatingsErrorAndMatchesHandValues() {
		double[][] one = (double[][]) References.call("matrix-factorization-sgd", new int[] { 0 }, new int[] { 0 },
				new double[] { 5.0 }, new double[][] { { 1, 0 } }, new double[][] { { 1, 1 } }, 0.1, 0.0);
		assertClose(one, new double[][] { { 1.4, 0.4 }, { 1.4, 1.0 } }, 1e-12);
		Random r = new Random(7);
		int[] users = r.ints(400, 0, 20).toArray(), items = r.ints(400, 0, 15).toArray();
		double[][] p = gaussian(8, 20, 3, 0.5), q = gaussian(9, 15, 3, 0.5);
		double[] ratings = new double[400];
		for (int t = 0; t < 400; t++) {
			ratings[t] = dot(p[users[t]], q[items[t]]) + 0.1 * r.nextGaussian();
		}
		double[][][] factors = { gaussian(10, 20, 3, 0.1), gaussian(11, 15, 3, 0.1) };
		double before = squaredError(users, items, ratings, factors[0], factors[1]);
		for (int epoch = 0; epoch < 30; epoch++) {
			double[][] stacked = (double[][]) References.call("matrix-factorization-sgd", users, items, ratings,
					factors[0], factors[1], 0.05, 0.001);
			factors = splitFactors(stacked);
		}
		assertThat(squaredError(users, items, ratings, factors[0], factors[1])).isLessThan(before / 4);
	}

	private static double[][][] splitFactors(double[][] stacked) {
		return new double[][][] { Arrays.copyOf(stacked, 20), Arrays.copyOfRange(stacked, 20, 35) };
	}

	private static double squaredError(int[] users, int[] items, double[] ratings, double[][] p, double[][] q) {
		double sum = 0;
		for (int t = 0; t < ratings.length; t++) {
			double e = ratings[t] - dot(p[users[t]], q[items[t]]);
			sum += e * e;
		}
		return sum;
	}

	@Test
	void multinomialNaiveBayesMatchesTheWorkedExample() {
		int[][] train = { { 2, 0, 1 }, { 3, 0, 0 }, { 0, 2, 1 }, { 0, 3, 2 } };
		assertThat((int[]) References.call("multinomial-naive-bayes", train, new int[] { 1, 1, 0, 0 },
				new int[][] { { 1, 0, 0 }, { 0, 1, 1 }, { 1, 1, 1 } }, 1.0))
			.containsExactly(1, 0, 0);
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void multinomialNaiveBayesIsALinearClassifierOnLogThetas(long seed) {
		Random r = new Random(seed);
		int[][] train = new int[60][8], test = new int[30][8];
		int[] y = new int[60];
		for (int d = 0; d < 60; d++) {
			y[d] = d % 3;
			for (int w = 0; w < 8; w++) {
				train[d][w] = r.nextInt(3 + ((w % 3 == y[d]) ? 3 : 0));
			}
		}
		for (int[] doc : test) {
			for (int w = 0; w < 8; w++) {
				doc[w] = r.nextInt(4);
			}
		}
		int[] expected = new int[30];
		for (int t = 0; t < 30; t++) {
			double best = Double.NEGATIVE_INFINITY;
			for (int c = 0; c < 3; c++) {
				double[] counts = new double[8];
				for (int d = c; d < 60; d += 3) {
					for (int w = 0; w < 8; w++) {
						counts[w] += train[d][w];
					}
				}
				double total = Arrays.stream(counts).sum();
				double score = Math.log(20.0 / 60);
				for (int w = 0; w < 8; w++) {
					score += test[t][w] * Math.log((counts[w] + 0.5) / (total + 0.5 * 8));
				}
				if (score > best) {
					best = score;
					expected[t] = c;
				}
			}
		}
		assertThat((int[]) References.call("multinomial-naive-bayes", train, y, test, 0.5)).containsExactly(expected);
	}

	private static double dot(double[] a, double[] b) {
		double s = 0;
		for (int i = 0; i < a.length; i++) {
			s += a[i] * b[i];
		}
		return s;
	}

}
