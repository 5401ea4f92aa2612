package com.mljudge.problembank;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.mljudge.problembank.data.Datasets;
import com.mljudge.problembank.data.GeneratedTest;
import com.mljudge.problembank.data.GeneratorParams;
import com.mljudge.problembank.data.LabeledData;
import com.mljudge.problembank.data.SyntheticData;
import com.mljudge.problembank.data.Table;
import com.mljudge.problembank.data.TestGenerators;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where no Apache-licensed library implements the problem, the reference is compared with
 * a deliberately different, obviously-correct implementation, and with hand-computed
 * cases.
 */
class ReferencePropertyTests {

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void knnMatchesASortEverythingImplementation(long seed) {
		LabeledData train = SyntheticData.moons(seed, 300, 0.25);
		LabeledData test = SyntheticData.moons(seed + 100, 80, 0.25);
		for (int k : new int[] { 1, 4, 7 }) {
			assertThat((int[]) References.call("knn-classifier", train.x(), train.y(), test.x(), k))
				.containsExactly(sortAndVote(train.x(), train.y(), test.x(), k));
		}
	}

	@Test
	void knnMatchesOnIrisWithDuplicateRows() {
		Table iris = Datasets.iris();
		double[][] x = iris.numeric("sepal_length", "sepal_width", "petal_length", "petal_width");
		int[] y = iris.codes("species", java.util.List.of("setosa", "versicolor", "virginica"));
		// Iris has exact duplicate rows, which exercises the distance tie rule on real
		// data.
		assertThat((int[]) References.call("knn-classifier", x, y, x, 6)).containsExactly(sortAndVote(x, y, x, 6));
	}

	private static int[] sortAndVote(double[][] trainX, int[] trainY, double[][] testX, int k) {
		int[] predictions = new int[testX.length];
		for (int q = 0; q < testX.length; q++) {
			double[] query = testX[q];
			Integer[] order = IntStream.range(0, trainX.length).boxed().toArray(Integer[]::new);
			Arrays.sort(order,
					Comparator.<Integer>comparingDouble((i) -> squared(trainX[i], query)).thenComparingInt((i) -> i));
			TreeMap<Integer, Integer> votes = new TreeMap<>();
			for (int i = 0; i < k; i++) {
				votes.merge(trainY[order[i]], 1, Integer::sum);
			}
			int best = votes.values().stream().max(Integer::compare).orElseThrow();
			predictions[q] = votes.entrySet()
				.stream()
				.filter((e) -> e.getValue() == best)
				.findFirst()
				.orElseThrow()
				.getKey();
		}
		return predictions;
	}

	@Test
	void kmeansHandComputedCases() {
		assertThat((int[]) References.call("kmeans", new double[][] { { -1 }, { 4 }, { 5 }, { 6 } }, 3,
				new double[][] { { 4 }, { 6 }, { -50 } }))
			.containsExactly(0, 1, 1, 1);
		assertThat((int[]) References.call("kmeans", new double[][] { { 0 }, { 2 }, { 1 } }, 2,
				new double[][] { { 0 }, { 2 } }))
			.containsExactly(0, 1, 0);
		assertThat((int[]) References.call("kmeans", new double[0][], 2, new double[][] { { 0 }, { 1 } })).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4 })
	void minMaxScalingKeepsOrderAndHitsBothEnds(long seed) {
		double[] data = SyntheticData.normal(seed, 500, 7, 30);
		data[17] = Double.NaN;
		double[] scaled = (double[]) References.call("min-max-scaling", (Object) data);
		int lowest = 0;
		int highest = 0;
		for (int i = 0; i < data.length; i++) {
			if (i == 17) {
				continue;
			}
			lowest = (data[i] < data[lowest]) ? i : lowest;
			highest = (data[i] > data[highest]) ? i : highest;
			assertThat(scaled[i]).isBetween(0.0, 1.0);
		}
		assertThat(scaled[17]).isNaN();
		assertThat(scaled[lowest]).isZero();
		assertThat(scaled[highest]).isEqualTo(1.0);
		for (int i = 1; i < data.length; i++) {
			if (i != 17 && i - 1 != 17) {
				assertThat(Double.compare(scaled[i], scaled[i - 1])).isEqualTo(Double.compare(data[i], data[i - 1]));
			}
		}
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void wordLadderMatchesAnAllPairsBreadthFirstSearch(long seed) {
		GeneratedTest made = TestGenerators.find("word-ladder")
			.orElseThrow()
			.generate(seed, new GeneratorParams(
					java.util.Map.of("words", 400L, "length", 4L, "alphabet", 4L, "reachable", seed % 2)));
		String begin = (String) made.args()[0];
		String end = (String) made.args()[1];
		String[] list = (String[]) made.args()[2];
		assertThat((int) References.call("word-ladder", begin, end, list)).isEqualTo(allPairs(begin, end, list));
	}

	@Test
	void wordLadderHandComputedCases() {
		assertThat(References.call("word-ladder", "cold", "warm",
				new String[] { "cord", "card", "ward", "warm", "worm", "word" }))
			.isEqualTo(5);
		assertThat(References.call("word-ladder", "ab", "ac", new String[] { "ac" })).isEqualTo(2);
		assertThat(References.call("word-ladder", "ab", "ac", new String[] { "ad" })).isEqualTo(0);
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void confusionMatrixCountsEverySampleOnceWithCorrectOnTheDiagonal(long seed) {
		GeneratedTest made = TestGenerators.find("label-pair")
			.orElseThrow()
			.generate(seed, new GeneratorParams(java.util.Map.of("n", 5000L, "classes", 7L)));
		int[] actual = (int[]) made.args()[0];
		int[] predicted = (int[]) made.args()[1];
		int[][] matrix = (int[][]) References.call("confusion-matrix", actual, predicted, 7);
		long correct = IntStream.range(0, actual.length).filter((i) -> actual[i] == predicted[i]).count();
		assertThat(Arrays.stream(matrix).flatMapToInt(Arrays::stream).sum()).isEqualTo(actual.length);
		assertThat(IntStream.range(0, 7).map((c) -> matrix[c][c]).sum()).isEqualTo((int) correct);
		for (int c = 0; c < 7; c++) {
			int label = c;
			assertThat(Arrays.stream(matrix[c]).sum())
				.isEqualTo((int) Arrays.stream(actual).filter((a) -> a == label).count());
		}
	}

	@Test
	void logisticClassifierGetsTheHandMadeTestsRightAndBeatsChanceOnGeneratedOnes() {
		CodingPart coding = ProblemBank.loadFromClasspath().get("logistic-classifier").coding();
		for (TestSpec test : coding.tests()) {
			int[] predicted = (int[]) References.call("logistic-classifier", test.args());
			int[] truth = (int[]) test.truth();
			long right = IntStream.range(0, truth.length).filter((i) -> predicted[i] == truth[i]).count();
			// Hand-made tests are separable by construction; generated ones carry label
			// noise.
			double required = test.generated() ? 0.75 : 1.0;
			assertThat((double) right / truth.length).as(test.name()).isGreaterThanOrEqualTo(required);
		}
	}

	/**
	 * BFS over an explicit adjacency test between every pair: slow, but a different
	 * algorithm.
	 */
	private static int allPairs(String begin, String end, String[] list) {
		if (!Arrays.asList(list).contains(end)) {
			return 0;
		}
		java.util.Map<String, Integer> distance = new java.util.HashMap<>();
		ArrayDeque<String> queue = new ArrayDeque<>();
		distance.put(begin, 1);
		queue.add(begin);
		while (!queue.isEmpty()) {
			String word = queue.poll();
			for (String next : list) {
				if (!distance.containsKey(next) && differByOne(word, next)) {
					distance.put(next, distance.get(word) + 1);
					queue.add(next);
				}
			}
		}
		return distance.getOrDefault(end, 0);
	}

	private static boolean differByOne(String a, String b) {
		int differences = 0;
		for (int i = 0; i < a.length(); i++) {
			differences += (a.charAt(i) != b.charAt(i)) ? 1 : 0;
		}
		return differences == 1;
	}

	private static double squared(double[] a, double[] b) {
		double sum = 0;
		for (int t = 0; t < a.length; t++) {
			sum += (a[t] - b[t]) * (a[t] - b[t]);
		}
		return sum;
	}

}
