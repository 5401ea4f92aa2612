package com.mljudge.problembank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The transformer and LLM references against independent computations: matrix algebra in
 * Commons Math, central-difference gradients, other references of the bank, or a second,
 * deliberately plain implementation.
 */
class TransformerReferenceTests {

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void softmaxMatchesTheTextbookFormulaAndIsShiftInvariant(long seed) {
		double[][] z = gaussian(seed, 6, 9, 3);
		double[][] p = (double[][]) References.call("stable-softmax", z, false);
		double[][] logp = (double[][]) References.call("stable-softmax", z, true);
		double[][] shifted = (double[][]) References.call("stable-softmax", add(z, 1000), false);
		for (int i = 0; i < z.length; i++) {
			double sum = Arrays.stream(z[i]).map(Math::exp).sum();
			for (int j = 0; j < z[i].length; j++) {
				assertThat(p[i][j]).isCloseTo(Math.exp(z[i][j]) / sum, within(1e-12));
				assertThat(logp[i][j]).isCloseTo(Math.log(Math.exp(z[i][j]) / sum), within(1e-12));
				assertThat(shifted[i][j]).isCloseTo(p[i][j], within(1e-12));
			}
		}
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4 })
	void attentionMatchesMatrixAlgebraWithMaskedScores(long seed) {
		Random r = new Random(seed);
		int n = 1 + r.nextInt(5), m = n + r.nextInt(4), d = 1 + r.nextInt(6);
		double[][] q = gaussian(seed, n, d, 1), k = gaussian(seed + 10, m, d, 1), v = gaussian(seed + 20, m, 3, 1);
		boolean causal = seed % 2 == 0;
		int valid = Math.max(m - 1, 1);
		RealMatrix scores = new Array2DRowRealMatrix(q).multiply(new Array2DRowRealMatrix(k).transpose())
			.scalarMultiply(1 / Math.sqrt(d));
		double[][] weights = scores.getData();
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < m; j++) {
				boolean hidden = j >= valid || (causal && j > i + m - n);
				weights[i][j] = hidden ? 0 : Math.exp(weights[i][j]);
			}
			double sum = Arrays.stream(weights[i]).sum();
			for (int j = 0; j < m; j++) {
				weights[i][j] /= sum;
			}
		}
		double[][] expected = new Array2DRowRealMatrix(weights).multiply(new Array2DRowRealMatrix(v)).getData();
		assertClose((double[][]) References.call("scaled-dot-product-attention", q, k, v, causal, valid), expected,
				1e-12);
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 4 })
	void multiHeadAttentionIsPerHeadAttentionOnColumnBlocks(int heads) {
		int n = 5, dm = 8, dk = dm / heads;
		double[][] x = gaussian(heads, n, dm, 1);
		double[][] wq = gaussian(heads + 1, dm, dm, 0.5), wk = gaussian(heads + 2, dm, dm, 0.5),
				wv = gaussian(heads + 3, dm, dm, 0.5), wo = gaussian(heads + 4, dm, dm, 0.5);
		RealMatrix xm = new Array2DRowRealMatrix(x);
		RealMatrix q = xm.multiply(new Array2DRowRealMatrix(wq)), k = xm.multiply(new Array2DRowRealMatrix(wk)),
				v = xm.multiply(new Array2DRowRealMatrix(wv));
		RealMatrix concat = new Array2DRowRealMatrix(n, dm);
		for (int h = 0; h < heads; h++) {
			double[][] head = (double[][]) References.call("scaled-dot-product-attention",
					q.getSubMatrix(0, n - 1, h * dk, h * dk + dk - 1).getData(),
					k.getSubMatrix(0, n - 1, h * dk, h * dk + dk - 1).getData(),
					v.getSubMatrix(0, n - 1, h * dk, h * dk + dk - 1).getData(), true, n);
			concat.setSubMatrix(head, 0, h * dk);
		}
		double[][] expected = concat.multiply(new Array2DRowRealMatrix(wo)).getData();
		assertClose((double[][]) References.call("multi-head-attention", x, wq, wk, wv, wo, heads, true), expected,
				1e-12);
	}

	@Test
	void layerNormMatchesCommonsMathMomentsPerRow() {
		double[][] x = gaussian(7, 10, 13, 4);
		double[] gamma = gaussian(8, 1, 13, 1)[0], beta = gaussian(9, 1, 13, 1)[0];
		double[][] y = (double[][]) References.call("layer-norm-forward", x, gamma, beta, 1e-5);
		for (int i = 0; i < x.length; i++) {
			double mean = new Mean().evaluate(x[i]);
			double var = new Variance(false).evaluate(x[i]);
			for (int j = 0; j < x[i].length; j++) {
				assertThat(y[i][j]).isCloseTo(gamma[j] * (x[i][j] - mean) / Math.sqrt(var + 1e-5) + beta[j],
						within(1e-12));
			}
		}
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void layerNormBackwardMatchesCentralDifferencesOfTheForwardReference(long seed) {
		int n = 4, d = 6;
		double[][] x = gaussian(seed, n, d, 2), dout = gaussian(seed + 1, n, d, 1);
		double[] gamma = gaussian(seed + 2, 1, d, 1)[0], beta = new double[d];
		double eps = 1e-5, h = 1e-6;
		double[][] grads = (double[][]) References.call("layer-norm-backward", x, gamma, dout, eps);
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < d; j++) {
				double[][] plus = copy(x), minus = copy(x);
				plus[i][j] += h;
				minus[i][j] -= h;
				double numeric = (loss(plus, gamma, beta, dout, eps) - loss(minus, gamma, beta, dout, eps)) / (2 * h);
				assertThat(grads[i][j]).isCloseTo(numeric, within(1e-6));
			}
		}
		for (int j = 0; j < d; j++) {
			double[] g1 = gamma.clone(), g2 = gamma.clone();
			g1[j] += h;
			g2[j] -= h;
			double numeric = (loss(x, g1, beta, dout, eps) - loss(x, g2, beta, dout, eps)) / (2 * h);
			assertThat(grads[n][j]).isCloseTo(numeric, within(1e-6));
		}
	}

	private static double loss(double[][] x, double[] gamma, double[] beta, double[][] dout, double eps) {
		double[][] y = (double[][]) References.call("layer-norm-forward", x, gamma, beta, eps);
		double l = 0;
		for (int i = 0; i < y.length; i++) {
			for (int j = 0; j < y[i].length; j++) {
				l += dout[i][j] * y[i][j];
			}
		}
		return l;
	}

	@Test
	void ropeRotatesEachPairByThePositionEncodingAnglesAndKeepsRelativeScores() {
		int d = 8;
		double[][] pe = (double[][]) References.call("sinusoidal-position-encoding", 20, d, 10000.0);
		double[][] x = gaussian(3, 1, d, 1);
		double[][] atFive = (double[][]) References.call("rotary-position-embedding", x, 5, 10000.0);
		for (int i = 0; i < d / 2; i++) {
			double sin = pe[5][2 * i], cos = pe[5][2 * i + 1];
			assertThat(atFive[0][2 * i]).isCloseTo(x[0][2 * i] * cos - x[0][2 * i + 1] * sin, within(1e-12));
			assertThat(atFive[0][2 * i + 1]).isCloseTo(x[0][2 * i] * sin + x[0][2 * i + 1] * cos, within(1e-12));
		}
		double[][] q = gaussian(4, 1, d, 1), k = gaussian(5, 1, d, 1);
		double near = dot(rope(q, 7), rope(k, 4)), far = dot(rope(q, 1007), rope(k, 1004));
		assertThat(far).isCloseTo(near, within(1e-9));
	}

	private static double[] rope(double[][] x, int position) {
		return ((double[][]) References.call("rotary-position-embedding", x, position, 10000.0))[0];
	}

	@Test
	void sinusoidalEncodingMatchesTheExpLogFormula() {
		double[][] pe = (double[][]) References.call("sinusoidal-position-encoding", 50, 7, 10000.0);
		for (int p = 0; p < 50; p++) {
			for (int j = 0; j < 7; j++) {
				double angle = p * Math.exp(-Math.log(10000.0) * (j / 2 * 2) / 7.0);
				assertThat(pe[p][j]).isCloseTo((j % 2 == 0) ? Math.sin(angle) : Math.cos(angle), within(1e-12));
			}
		}
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void kvCacheDecodingEqualsFullCausalAttentionOverPromptAndNewTokens(long seed) {
		int prompt = 4, fresh = 5, dm = 6;
		double[][] all = gaussian(seed, prompt + fresh, dm, 1);
		double[][] wq = gaussian(seed + 1, dm, 4, 0.5), wk = gaussian(seed + 2, dm, 4, 0.5),
				wv = gaussian(seed + 3, dm, 3, 0.5);
		RealMatrix x = new Array2DRowRealMatrix(all);
		double[][] q = x.multiply(new Array2DRowRealMatrix(wq)).getData();
		double[][] k = x.multiply(new Array2DRowRealMatrix(wk)).getData();
		double[][] v = x.multiply(new Array2DRowRealMatrix(wv)).getData();
		double[][] full = (double[][]) References.call("scaled-dot-product-attention", q, k, v, true, prompt + fresh);
		double[][] decoded = (double[][]) References.call("kv-cache-decoding", Arrays.copyOf(k, prompt),
				Arrays.copyOf(v, prompt), Arrays.copyOfRange(all, prompt, prompt + fresh), wq, wk, wv);
		assertClose(decoded, Arrays.copyOfRange(full, prompt, prompt + fresh), 1e-12);
	}

	@Test
	void perplexityIsTheExponentialOfTheMeanLogSoftmaxLoss() {
		double[][] z = gaussian(11, 30, 12, 2);
		int[] targets = new Random(12).ints(30, -2, 12).toArray();
		double[][] logp = (double[][]) References.call("stable-softmax", z, true);
		double sum = 0;
		int count = 0;
		for (int t = 0; t < 30; t++) {
			if (targets[t] >= 0) {
				sum -= logp[t][targets[t]];
				count++;
			}
		}
		assertThat((double) References.call("perplexity", z, targets)).isCloseTo(Math.exp(sum / count), within(1e-9));
		assertThat((double) References.call("perplexity", new double[3][50], new int[] { 1, 2, 3 })).isCloseTo(50,
				within(1e-9));
	}

	@Test
	void loraForwardEqualsTheMergedWeightAndMatrixAlgebra() {
		double[][] x = gaussian(21, 7, 10, 1), w = gaussian(22, 6, 10, 1), a = gaussian(23, 3, 10, 1),
				b = gaussian(24, 6, 3, 1);
		double[][] merged = (double[][]) References.call("lora-forward-and-merge", x, w, a, b, 6.0, true);
		RealMatrix expectedMerged = new Array2DRowRealMatrix(w)
			.add(new Array2DRowRealMatrix(b).multiply(new Array2DRowRealMatrix(a)).scalarMultiply(2.0));
		assertClose(merged, expectedMerged.getData(), 1e-12);
		double[][] forward = (double[][]) References.call("lora-forward-and-merge", x, w, a, b, 6.0, false);
		assertClose(forward, new Array2DRowRealMatrix(x).multiply(expectedMerged.transpose()).getData(), 1e-10);
	}

	@Test
	void int8RoundTripStaysWithinHalfAStepAndUsesIntegerLevels() {
		double[][] w = gaussian(31, 20, 40, 0.1);
		w[3][7] = 5.0;
		for (boolean perRow : new boolean[] { false, true }) {
			double[][] out = (double[][]) References.call("int8-quantization", w, perRow);
			double worst = 0;
			for (int i = 0; i < w.length; i++) {
				double max = perRow ? Arrays.stream(w[i]).map(Math::abs).max().orElse(0) : 5.0;
				double scale = max / 127;
				for (int j = 0; j < w[i].length; j++) {
					double level = out[i][j] / scale;
					assertThat(level).isCloseTo(Math.rint(level), within(1e-6));
					assertThat(Math.abs(level)).isLessThanOrEqualTo(127.000001);
					assertThat(Math.abs(w[i][j] - out[i][j])).isLessThanOrEqualTo(scale / 2 + 1e-15);
					worst = Math.max(worst, Math.abs(w[i][j] - out[i][j]));
				}
			}
			assertThat(out[w.length][0]).isEqualTo(worst);
		}
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4 })
	void samplingMatchesAPlainSortAndScanImplementation(long seed) {
		double[][] z = gaussian(seed, 40, 30, 2);
		double[] draws = new Random(seed).doubles(40).toArray();
		int topK = (int) (seed * 3) % 11;
		double topP = 0.5 + 0.1 * seed;
		int[] expected = new int[40];
		for (int t = 0; t < 40; t++) {
			expected[t] = plainSample(z[t], 0.8, topK, topP, draws[t]);
		}
		assertThat((int[]) References.call("sampling-decoding", z, 0.8, topK, topP, draws)).containsExactly(expected);
	}

	private static int plainSample(double[] z, double temperature, int topK, double topP, double u) {
		double[] p = ((double[][]) References.call("stable-softmax",
				new double[][] { Arrays.stream(z).map((v) -> v / temperature).toArray() }, false))[0];
		List<Integer> ids = new ArrayList<>();
		for (int j = 0; j < z.length; j++) {
			ids.add(j);
		}
		ids.sort((a, b) -> (p[a] != p[b]) ? Double.compare(p[b], p[a]) : Integer.compare(a, b));
		List<Integer> kept = (topK > 0) ? ids.subList(0, Math.min(topK, ids.size())) : ids;
		double keptMass = kept.stream().mapToDouble((j) -> p[j]).sum();
		int nucleus = kept.size();
		double running = 0;
		for (int i = 0; i < kept.size(); i++) {
			running += p[kept.get(i)] / keptMass;
			if (running >= topP) {
				nucleus = i + 1;
				break;
			}
		}
		double mass = 0;
		for (int i = 0; i < nucleus; i++) {
			mass += p[kept.get(i)];
		}
		running = 0;
		for (int i = 0; i < nucleus; i++) {
			running += p[kept.get(i)] / mass;
			if (running > u) {
				return kept.get(i);
			}
		}
		return kept.get(nucleus - 1);
	}

	@Test
	void bpeMatchesAStringListImplementation() {
		Random r = new Random(5);
		String[] corpus = new String[400];
		for (int i = 0; i < corpus.length; i++) {
			StringBuilder word = new StringBuilder();
			for (int c = 1 + r.nextInt(6); c > 0; c--) {
				word.append("abcd".charAt(r.nextInt(4)));
			}
			corpus[i] = word.toString();
		}
		for (int merges : new int[] { 0, 1, 5, 20, 60 }) {
			assertThat((String[]) References.call("bpe-tokenizer", corpus, merges, "abcdabcaabbdd"))
				.containsExactly(plainBpe(corpus, merges, "abcdabcaabbdd"));
		}
		assertThat((String[]) References.call("bpe-tokenizer",
				new String[] { "low", "low", "low", "lower", "newest", "newest", "widest" }, 4, "lowest"))
			.containsExactly("low", "est");
	}

	private static String[] plainBpe(String[] corpus, int merges, String word) {
		List<List<String>> words = new ArrayList<>();
		for (String w : corpus) {
			words.add(split(w));
		}
		List<String[]> learned = new ArrayList<>();
		for (int round = 0; round < merges; round++) {
			java.util.TreeMap<String, Integer> counts = new java.util.TreeMap<>();
			for (List<String> w : words) {
				for (int i = 0; i + 1 < w.size(); i++) {
					counts.merge(w.get(i) + "\u0000" + w.get(i + 1), 1, Integer::sum);
				}
			}
			if (counts.isEmpty()) {
				break;
			}
			// TreeMap order on "left NUL right" is (left, right) order, so the first
			// maximum wins ties.
			String best = null;
			for (var e : counts.entrySet()) {
				if (best == null || e.getValue() > counts.get(best)) {
					best = e.getKey();
				}
			}
			String[] pair = best.split("\u0000");
			learned.add(pair);
			words.replaceAll((w) -> merge(w, pair));
		}
		List<String> symbols = split(word);
		for (String[] pair : learned) {
			symbols = merge(symbols, pair);
		}
		return symbols.toArray(new String[0]);
	}

	private static List<String> split(String w) {
		List<String> out = new ArrayList<>();
		for (char c : w.toCharArray()) {
			out.add(String.valueOf(c));
		}
		return out;
	}

	private static List<String> merge(List<String> w, String[] pair) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < w.size(); i++) {
			if (i + 1 < w.size() && w.get(i).equals(pair[0]) && w.get(i + 1).equals(pair[1])) {
				out.add(pair[0] + pair[1]);
				i++;
			}
			else {
				out.add(w.get(i));
			}
		}
		return out;
	}

	static double[][] gaussian(long seed, int rows, int cols, double sd) {
		Random r = new Random(seed);
		double[][] out = new double[rows][cols];
		for (double[] row : out) {
			for (int j = 0; j < cols; j++) {
				row[j] = sd * r.nextGaussian();
			}
		}
		return out;
	}

	private static double[][] add(double[][] z, double c) {
		return Arrays.stream(z).map((row) -> Arrays.stream(row).map((v) -> v + c).toArray()).toArray(double[][]::new);
	}

	private static double[][] copy(double[][] x) {
		return Arrays.stream(x).map(double[]::clone).toArray(double[][]::new);
	}

	private static double dot(double[] a, double[] b) {
		double s = 0;
		for (int i = 0; i < a.length; i++) {
			s += a[i] * b[i];
		}
		return s;
	}

	static void assertClose(double[][] actual, double[][] expected, double tolerance) {
		assertThat(actual.length).isEqualTo(expected.length);
		for (int i = 0; i < expected.length; i++) {
			assertThat(actual[i].length).isEqualTo(expected[i].length);
			for (int j = 0; j < expected[i].length; j++) {
				assertThat(actual[i][j]).as("[%d][%d]", i, j)
					.isCloseTo(expected[i][j], within(tolerance * (1 + Math.abs(expected[i][j]))));
			}
		}
	}

}
