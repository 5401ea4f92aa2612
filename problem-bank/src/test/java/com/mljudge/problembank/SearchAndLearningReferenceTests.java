package com.mljudge.problembank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.mljudge.problembank.TransformerReferenceTests.gaussian;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Beam search, word2vec, the two-tower loss, Benjamini-Hochberg, tree splits and LCS
 * reconstruction against exhaustive search, central differences, other references of the
 * bank and plain re-implementations.
 */
class SearchAndLearningReferenceTests {

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void beamWideEnoughToKeepEverySequenceFindsTheExhaustiveBest(long seed) {
		int v = 4, length = 4;
		double[] start = gaussian(seed, 1, v, 1)[0];
		double[][] transition = gaussian(seed + 1, v, v, 1);
		int[] best = null;
		double bestScore = Double.NEGATIVE_INFINITY;
		for (int code = 0; code < 256; code++) {
			int[] sequence = { code / 64, code / 16 % 4, code / 4 % 4, code % 4 };
			double score = start[sequence[0]];
			for (int s = 1; s < length; s++) {
				score += transition[sequence[s - 1]][sequence[s]];
			}
			if (score > bestScore) {
				bestScore = score;
				best = sequence;
			}
		}
		assertThat((int[]) References.call("beam-search", start, transition, length, 64)).containsExactly(best);
	}

	@Test
	void beamOfOneIsGreedy() {
		double[] start = gaussian(9, 1, 6, 1)[0];
		double[][] transition = gaussian(10, 6, 6, 1);
		int[] greedy = new int[5];
		greedy[0] = argmax(start);
		for (int s = 1; s < 5; s++) {
			greedy[s] = argmax(transition[greedy[s - 1]]);
		}
		assertThat((int[]) References.call("beam-search", start, transition, 5, 1)).containsExactly(greedy);
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void skipGramUpdateFollowsCentralDifferencesOfTheLoss(long seed) {
		double[][] in = gaussian(seed, 6, 4, 0.5), out = gaussian(seed + 1, 6, 4, 0.5);
		int[] negatives = { 2, 5, 2 };
		double lr = 0.1, h = 1e-6;
		double[][] stepped = (double[][]) References.call("skip-gram-negative-sampling", in, out, 1, 3, negatives, lr);
		assertThat(stepped[12][0]).isCloseTo(sgnsLoss(in, out, 1, 3, negatives), within(1e-12));
		for (int w = 0; w < 6; w++) {
			for (int i = 0; i < 4; i++) {
				double[][] plus = copy(in), minus = copy(in);
				plus[w][i] += h;
				minus[w][i] -= h;
				double gradIn = (sgnsLoss(plus, out, 1, 3, negatives) - sgnsLoss(minus, out, 1, 3, negatives))
						/ (2 * h);
				assertThat(stepped[w][i]).isCloseTo(in[w][i] - lr * gradIn, within(1e-8));
				plus = copy(out);
				minus = copy(out);
				plus[w][i] += h;
				minus[w][i] -= h;
				double gradOut = (sgnsLoss(in, plus, 1, 3, negatives) - sgnsLoss(in, minus, 1, 3, negatives)) / (2 * h);
				assertThat(stepped[6 + w][i]).isCloseTo(out[w][i] - lr * gradOut, within(1e-8));
			}
		}
	}

	private static double sgnsLoss(double[][] in, double[][] out, int center, int context, int[] negatives) {
		double loss = Math.log1p(Math.exp(-dot(out[context], in[center])));
		for (int k : negatives) {
			loss += Math.log1p(Math.exp(dot(out[k], in[center])));
		}
		return loss;
	}

	@Test
	void twoTowerLossIsTheLogPerplexityOfTheScoreRowsAndColumns() {
		double[][] q = gaussian(41, 12, 5, 1), v = gaussian(42, 12, 5, 1);
		double[][] scores = new double[12][12];
		double[][] columns = new double[12][12];
		int[] diagonal = new int[12];
		for (int i = 0; i < 12; i++) {
			diagonal[i] = i;
			for (int j = 0; j < 12; j++) {
				scores[i][j] = dot(q[i], v[j]) / 0.3;
				columns[j][i] = scores[i][j];
			}
		}
		// The row loss is the mean cross-entropy, i.e. the log of the perplexity
		// reference.
		double rows = Math.log((double) References.call("perplexity", scores, diagonal));
		double cols = Math.log((double) References.call("perplexity", columns, diagonal));
		assertThat((double) References.call("two-tower-in-batch-softmax", q, v, 0.3, false)).isCloseTo(rows,
				within(1e-10));
		assertThat((double) References.call("two-tower-in-batch-softmax", q, v, 0.3, true)).isCloseTo((rows + cols) / 2,
				within(1e-10));
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4 })
	void benjaminiHochbergMatchesAdjustedPValues(long seed) {
		Random r = new Random(seed);
		double[] p = r.doubles(300).map((x) -> x * x * 0.3).toArray();
		int m = p.length;
		Integer[] order = new Integer[m];
		for (int i = 0; i < m; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
		double[] adjusted = new double[m];
		double running = 1;
		for (int k = m; k >= 1; k--) {
			running = Math.min(running, p[order[k - 1]] * m / k);
			adjusted[order[k - 1]] = running;
		}
		boolean[] reject = (boolean[]) References.call("benjamini-hochberg", p, 0.05);
		for (int i = 0; i < m; i++) {
			// Adjusted p-values and the step-up rule agree except within rounding of the
			// boundary.
			if (Math.abs(adjusted[i] - 0.05) > 1e-12) {
				assertThat(reject[i]).as("hypothesis %d", i).isEqualTo(adjusted[i] <= 0.05);
			}
		}
	}

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void bestSplitMatchesRecountingEveryCandidate(boolean entropy) {
		double[][] x = gaussian(51, 150, 3, 1);
		for (double[] row : x) {
			row[1] = Math.round(row[1] * 2) / 2.0;
		}
		int[] y = new Random(52).ints(150, 0, 3).toArray();
		double bestGain = 0, bestFeature = -1, bestThreshold = 0;
		double parent = impurity(y, (i) -> true, entropy);
		for (int j = 0; j < 3; j++) {
			int feature = j;
			double[] values = Arrays.stream(x).mapToDouble((row) -> row[feature]).sorted().distinct().toArray();
			for (int t = 0; t + 1 < values.length; t++) {
				double threshold = (values[t] + values[t + 1]) / 2;
				IntPredicate left = (i) -> x[i][feature] <= threshold;
				long nl = IntStream.range(0, 150).filter(left).count();
				double gain = parent - nl / 150.0 * impurity(y, left, entropy)
						- (150 - nl) / 150.0 * impurity(y, left.negate(), entropy);
				if (gain > bestGain + 1e-12) {
					bestGain = gain;
					bestFeature = j;
					bestThreshold = threshold;
				}
			}
		}
		double[] split = (double[]) References.call("decision-tree-best-split", x, y, entropy);
		assertThat(split[0]).isEqualTo(bestFeature);
		assertThat(split[1]).isCloseTo(bestThreshold, within(1e-12));
		assertThat(split[2]).isCloseTo(bestGain, within(1e-12));
	}

	private static double impurity(int[] y, IntPredicate member, boolean entropy) {
		int[] counts = new int[3];
		int n = 0;
		for (int i = 0; i < y.length; i++) {
			if (member.test(i)) {
				counts[y[i]]++;
				n++;
			}
		}
		double result = entropy ? 0 : 1;
		for (int c : counts) {
			double p = (double) c / n;
			result -= (c == 0) ? 0 : entropy ? p * Math.log(p) / Math.log(2) : p * p;
		}
		return result;
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6 })
	void lcsIsACommonSubsequenceWithTheLengthOfTheExistingLengthReference(long seed) {
		Random r = new Random(seed);
		String a = randomString(r, 60), b = randomString(r, 45);
		String lcs = (String) References.call("longest-common-subsequence-string", a, b);
		assertThat(lcs.length()).isEqualTo((int) References.call("longest-common-subsequence", a, b));
		assertThat(isSubsequence(lcs, a)).isTrue();
		assertThat(isSubsequence(lcs, b)).isTrue();
	}

	private static String randomString(Random r, int n) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < n; i++) {
			s.append("acgt".charAt(r.nextInt(4)));
		}
		return s.toString();
	}

	private static boolean isSubsequence(String small, String big) {
		int at = 0;
		for (int i = 0; i < big.length() && at < small.length(); i++) {
			if (big.charAt(i) == small.charAt(at)) {
				at++;
			}
		}
		return at == small.length();
	}

	private static int argmax(double[] v) {
		int best = 0;
		for (int i = 1; i < v.length; i++) {
			if (v[i] > v[best]) {
				best = i;
			}
		}
		return best;
	}

	private static double[][] copy(double[][] x) {
		List<double[]> rows = new ArrayList<>();
		for (double[] row : x) {
			rows.add(row.clone());
		}
		return rows.toArray(new double[0][]);
	}

	private static double dot(double[] a, double[] b) {
		double s = 0;
		for (int i = 0; i < a.length; i++) {
			s += a[i] * b[i];
		}
		return s;
	}

}
