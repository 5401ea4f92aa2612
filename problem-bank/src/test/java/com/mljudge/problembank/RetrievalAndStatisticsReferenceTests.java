package com.mljudge.problembank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.mljudge.problembank.data.GeneratedTest;
import com.mljudge.problembank.data.GeneratorParams;
import com.mljudge.problembank.data.TestGenerators;

import static com.mljudge.problembank.TransformerReferenceTests.gaussian;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Retrieval, ranking and statistics references against sort-everything implementations,
 * Commons Math distributions and percentiles, and hand-computed values.
 */
class RetrievalAndStatisticsReferenceTests {

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void topKCosineMatchesSortingAllDocuments(long seed) {
		double[][] docs = gaussian(seed, 300, 6, 1);
		docs[10] = new double[6];
		docs[20] = docs[5].clone();
		double[] query = gaussian(seed + 9, 1, 6, 1)[0];
		double[] cos = Arrays.stream(docs).mapToDouble((d) -> cosine(d, query)).toArray();
		int[] expected = IntStream.range(0, docs.length)
			.boxed()
			.sorted((a, b) -> (cos[a] != cos[b]) ? Double.compare(cos[b], cos[a]) : Integer.compare(a, b))
			.limit(40)
			.mapToInt(Integer::intValue)
			.toArray();
		assertThat((int[]) References.call("top-k-cosine-retrieval", docs, query, 40)).containsExactly(expected);
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void mmrMatchesTheDefinitionAndReducesToTopKWhenLambdaIsOne(long seed) {
		double[][] docs = gaussian(seed, 120, 5, 1);
		double[] query = gaussian(seed + 9, 1, 5, 1)[0];
		assertThat((int[]) References.call("mmr-reranking", docs, query, 15, 1.0))
			.containsExactly((int[]) References.call("top-k-cosine-retrieval", docs, query, 15));
		List<Integer> chosen = new ArrayList<>();
		for (int r = 0; r < 15; r++) {
			int best = -1;
			double bestScore = 0;
			for (int i = 0; i < docs.length; i++) {
				if (chosen.contains(i)) {
					continue;
				}
				double[] candidate = docs[i];
				double penalty = chosen.stream().mapToDouble((s) -> cosine(candidate, docs[s])).max().orElse(0);
				double score = 0.6 * cosine(candidate, query) - (1 - 0.6) * penalty;
				if (best < 0 || score > bestScore) {
					best = i;
					bestScore = score;
				}
			}
			chosen.add(best);
		}
		assertThat((int[]) References.call("mmr-reranking", docs, query, 15, 0.6))
			.containsExactly(chosen.stream().mapToInt(Integer::intValue).toArray());
	}

	@Test
	void reciprocalRankFusionMatchesAMapImplementation() {
		Random r = new Random(3);
		int[][] rankings = new int[3][];
		for (int i = 0; i < 3; i++) {
			rankings[i] = r.ints(500, 0, 400).toArray();
		}
		Map<Integer, Double> score = new HashMap<>();
		for (int[] ranking : rankings) {
			Set<Integer> seen = new HashSet<>();
			for (int pos = 0; pos < ranking.length; pos++) {
				if (seen.add(ranking[pos])) {
					score.merge(ranking[pos], 1.0 / (60 + pos + 1), Double::sum);
				}
			}
		}
		int[] expected = score.keySet()
			.stream()
			.sorted((a, b) -> score.get(a).equals(score.get(b)) ? Integer.compare(a, b)
					: Double.compare(score.get(b), score.get(a)))
			.mapToInt(Integer::intValue)
			.toArray();
		assertThat((int[]) References.call("reciprocal-rank-fusion", rankings, 60)).containsExactly(expected);
	}

	@Test
	void rankingMetricsHandComputedExample() {
		double[] m = (double[]) References.call("ranking-metrics", new int[][] { { 7, 3, 9, 1, 5 }, { 1, 2 } },
				new int[][] { { 3, 5, 8 }, {} }, 5);
		double dcg = 1 / log2(3) + 1 / log2(6), idcg = 1 + 1 / log2(3) + 1 / log2(4);
		assertThat(m[0]).isCloseTo(dcg / idcg, within(1e-12));
		assertThat(m[1]).isCloseTo(0.5, within(1e-12));
		assertThat(m[2]).isCloseTo((0.5 + 0.4) / 3, within(1e-12));
	}

	@Test
	void rankingMetricsOfAPerfectListAreOne() {
		double[] m = (double[]) References.call("ranking-metrics", new int[][] { { 4, 2, 9, 7 } },
				new int[][] { { 9, 2, 4, 11, 12 } }, 3);
		assertThat(m).containsExactly(new double[] { 1, 1, 1 }, within(1e-12));
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2 })
	void annRecallMatchesSortingAllDistances(long seed) {
		double[][] base = gaussian(seed, 200, 4, 1);
		double[][] queries = gaussian(seed + 1, 10, 4, 1);
		int[][] approx = new int[10][];
		Random r = new Random(seed + 2);
		double total = 0;
		for (int q = 0; q < 10; q++) {
			double[] qv = queries[q];
			double[] dist = Arrays.stream(base).mapToDouble((b) -> squared(b, qv)).toArray();
			List<Integer> exact = IntStream.range(0, 200)
				.boxed()
				.sorted((a, b) -> (dist[a] != dist[b]) ? Double.compare(dist[a], dist[b]) : Integer.compare(a, b))
				.limit(12)
				.toList();
			// A plausible index: the true neighbours with a few swapped for random
			// points.
			approx[q] = exact.stream().mapToInt((i) -> (r.nextDouble() < 0.3) ? r.nextInt(200) : i).toArray();
			Set<Integer> found = new HashSet<>();
			for (int id : approx[q]) {
				found.add(id);
			}
			found.retainAll(new HashSet<>(exact));
			total += found.size() / 12.0;
		}
		assertThat((double) References.call("ann-recall-at-k", base, queries, approx, 12)).isCloseTo(total / 10,
				within(1e-12));
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void bootstrapEndsAreCommonsMathR7PercentilesOfTheResampleMeans(long seed) {
		double[] data = gaussian(seed, 1, 60, 3)[0];
		Random r = new Random(seed * 31);
		double[] means = new double[800];
		for (int b = 0; b < means.length; b++) {
			double sum = 0;
			for (int i = 0; i < data.length; i++) {
				sum += data[r.nextInt(data.length)];
			}
			means[b] = sum / data.length;
		}
		Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
		double[] ci = (double[]) References.call("bootstrap-confidence-interval", data, 800, 0.9, seed * 31);
		assertThat(ci[0]).isCloseTo(Arrays.stream(data).average().orElseThrow(), within(1e-12));
		assertThat(ci[1]).isCloseTo(percentile.evaluate(means, 5), within(1e-12));
		assertThat(ci[2]).isCloseTo(percentile.evaluate(means, 95), within(1e-12));
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void gaussianNaiveBayesMatchesCommonsMathNormalLogDensities(long seed) {
		GeneratedTest made = TestGenerators.find("blobs-split")
			.orElseThrow()
			.generate(seed, new GeneratorParams(Map.of("train", 400L, "test", 150L, "classes", 4L, "d", 3L)));
		double[][] trainX = (double[][]) made.args()[0];
		int[] trainY = (int[]) made.args()[1];
		double[][] testX = (double[][]) made.args()[2];
		int d = 3;
		double epsilon = 0;
		for (int j = 0; j < d; j++) {
			int col = j;
			epsilon = Math.max(epsilon,
					new Variance(false).evaluate(Arrays.stream(trainX).mapToDouble((row) -> row[col]).toArray()));
		}
		epsilon *= 1e-9;
		int[] expected = new int[testX.length];
		for (int t = 0; t < testX.length; t++) {
			double bestScore = Double.NEGATIVE_INFINITY;
			for (int c = 0; c < 4; c++) {
				int cls = c;
				int[] rows = IntStream.range(0, trainX.length).filter((i) -> trainY[i] == cls).toArray();
				double score = Math.log((double) rows.length / trainX.length);
				for (int j = 0; j < d; j++) {
					int col = j;
					double[] values = Arrays.stream(rows).mapToDouble((i) -> trainX[i][col]).toArray();
					double mean = Arrays.stream(values).average().orElseThrow();
					double var = Arrays.stream(values).map((v) -> (v - mean) * (v - mean)).sum() / values.length
							+ epsilon;
					score += new NormalDistribution(null, mean, Math.sqrt(var)).logDensity(testX[t][j]);
				}
				if (score > bestScore) {
					bestScore = score;
					expected[t] = c;
				}
			}
		}
		assertThat((int[]) References.call("gaussian-naive-bayes", trainX, trainY, testX)).containsExactly(expected);
		assertThat(IntStream.range(0, expected.length).filter((i) -> expected[i] == ((int[]) made.truth())[i]).count())
			.as("blobs are separable enough that naive Bayes recovers most labels")
			.isGreaterThan(100);
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

	private static double cosine(double[] a, double[] b) {
		double na = Math.sqrt(squaredNorm(a)), nb = Math.sqrt(squaredNorm(b));
		if (na == 0 || nb == 0) {
			return 0;
		}
		double s = 0;
		for (int i = 0; i < a.length; i++) {
			s += (a[i] / na) * (b[i] / nb);
		}
		return s;
	}

	private static double squaredNorm(double[] a) {
		double s = 0;
		for (double v : a) {
			s += v * v;
		}
		return s;
	}

	private static double squared(double[] a, double[] b) {
		double s = 0;
		for (int i = 0; i < a.length; i++) {
			s += (a[i] - b[i]) * (a[i] - b[i]);
		}
		return s;
	}

}
