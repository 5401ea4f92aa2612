package com.mljudge.problembank.data;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * The generators problem.yaml can name under {@code tests[i].generator.name}. Each one
 * produces the full argument list of one entry signature, so a generator is tied to the
 * shape of its problem.
 */
public final class TestGenerators {

	private static final Map<String, TestGenerator> BY_NAME = new TreeMap<>();

	static {
		BY_NAME.put("kmeans-blobs", TestGenerators::kmeansBlobs);
		BY_NAME.put("knn-blobs", TestGenerators::knnBlobs);
		BY_NAME.put("vector-pair", TestGenerators::vectorPair);
		BY_NAME.put("uniform-vector", TestGenerators::uniformVector);
		BY_NAME.put("normal-vector", (seed, p) -> GeneratedTest
			.of((Object) SyntheticData.normal(seed, p.integer("n", 1000, 1), p.number("mean", 0), p.number("sd", 1))));
		BY_NAME.put("normal-vector-and-mean", TestGenerators::normalVectorAndMean);
		BY_NAME.put("linear-data", TestGenerators::linearData);
		BY_NAME.put("correlated-matrix", (seed, p) -> GeneratedTest
			.of((Object) SyntheticData.correlated(seed, p.integer("n", 1000, 1), p.integer("d", 3, 1))));
		BY_NAME.put("word-ladder", TestGenerators::wordLadder);
		BY_NAME.put("correlated-matrix-and-k", (seed, p) -> GeneratedTest
			.of(SyntheticData.correlated(seed, p.integer("n", 1000, 1), p.integer("d", 3, 1)), p.integer("k", 2, 1)));
		BY_NAME.put("vector-and-percentiles", TestGenerators::vectorAndPercentiles);
		BY_NAME.put("label-pair", TestGenerators::labelPair);
		BY_NAME.put("logistic-training", TestGenerators::logisticTraining);
		BY_NAME.put("logistic-split", TestGenerators::logisticSplit);
		SearchAndTextGenerators.register(BY_NAME);
		LayerAndMetricGenerators.register(BY_NAME);
		SplitGenerators.register(BY_NAME);
	}

	private TestGenerators() {
	}

	public static Optional<TestGenerator> find(String name) {
		return Optional.ofNullable(BY_NAME.get(name));
	}

	public static Set<String> names() {
		return Collections.unmodifiableSet(BY_NAME.keySet());
	}

	/**
	 * Args of {@code cluster(points, k, initialCentroids)}: blobs, starting centroids
	 * drawn from the points.
	 */
	static GeneratedTest kmeansBlobs(long seed, GeneratorParams p) {
		int n = p.integer("n", 1000, 1);
		int k = p.integer("k", 3, 1);
		int d = p.integer("d", 2, 1);
		LabeledData data = SyntheticData.blobs(seed, n, k, d, p.number("spread", 1.0));
		Random random = new Random(seed ^ 0x5DEECE66DL);
		double[][] initial = new double[k][];
		for (int j = 0; j < k; j++) {
			initial[j] = data.x()[random.nextInt(n)].clone();
		}
		return GeneratedTest.of(data.x(), k, initial);
	}

	/**
	 * Args of {@code predict(trainX, trainY, testX, k)} from one set of blobs; truth =
	 * test labels.
	 */
	static GeneratedTest knnBlobs(long seed, GeneratorParams p) {
		int train = p.integer("train", 1000, 1);
		int test = p.integer("test", 100, 1);
		LabeledData all = SyntheticData.blobs(seed, train + test, p.integer("classes", 3, 1), p.integer("d", 2, 1),
				p.number("spread", 2.0));
		double[][] trainX = java.util.Arrays.copyOfRange(all.x(), 0, train);
		int[] trainY = java.util.Arrays.copyOfRange(all.y(), 0, train);
		double[][] testX = java.util.Arrays.copyOfRange(all.x(), train, train + test);
		int[] testY = java.util.Arrays.copyOfRange(all.y(), train, train + test);
		return new GeneratedTest(new Object[] { trainX, trainY, testX, p.integer("k", 5, 1) }, testY);
	}

	static GeneratedTest vectorPair(long seed, GeneratorParams p) {
		int d = p.integer("d", 1000, 0);
		double scale = p.number("scale", 10);
		Random random = new Random(seed);
		double[] a = new double[d];
		double[] b = new double[d];
		for (int i = 0; i < d; i++) {
			a[i] = SyntheticData.round(scale * (2 * random.nextDouble() - 1));
			b[i] = SyntheticData.round(scale * (2 * random.nextDouble() - 1));
		}
		return GeneratedTest.of(a, b);
	}

	static GeneratedTest uniformVector(long seed, GeneratorParams p) {
		int n = p.integer("n", 1000, 0);
		double low = p.number("low", -100);
		double high = p.number("high", 100);
		Random random = new Random(seed);
		double[] values = new double[n];
		for (int i = 0; i < n; i++) {
			values[i] = SyntheticData.round(low + (high - low) * random.nextDouble());
		}
		return GeneratedTest.of((Object) values);
	}

	/**
	 * Args of {@code (double[] sample, double mu0)}, e.g. for a one-sample t statistic.
	 */
	static GeneratedTest normalVectorAndMean(long seed, GeneratorParams p) {
		double[] values = SyntheticData.normal(seed, p.integer("n", 1000, 2), p.number("mean", 0), p.number("sd", 1));
		return GeneratedTest.of(values, p.number("mu0", 0));
	}

	static GeneratedTest linearData(long seed, GeneratorParams p) {
		RegressionData data = SyntheticData.linear(seed, p.integer("n", 1000, 1), p.integer("d", 3, 1),
				p.number("noise", 0.1));
		return GeneratedTest.of(data.x(), data.y());
	}

	/**
	 * Args of {@code shortestTransformation(begin, end, wordList)}: a random walk of
	 * one-letter changes from begin guarantees a chain to end; filler words make the
	 * graph large and dense.
	 */
	static GeneratedTest wordLadder(long seed, GeneratorParams p) {
		int words = p.integer("words", 1000, 1);
		int length = p.integer("length", 6, 1);
		int alphabet = p.integer("alphabet", 4, 2);
		int walk = p.integer("walk", 30, 1);
		// reachable: 0 lists an end word two letters outside the alphabet: no ladder,
		// full search.
		boolean reachable = p.integer("reachable", 1) != 0;
		if (alphabet > 25) {
			throw new IllegalArgumentException("alphabet: at most 25 letters, got " + alphabet);
		}
		Random random = new Random(seed);
		Set<String> list = new LinkedHashSet<>();
		char[] word = randomWord(random, length, alphabet);
		String begin = new String(word);
		for (int step = 0; step < walk; step++) {
			int position = random.nextInt(length);
			word[position] = (char) ('a' + (word[position] - 'a' + 1 + random.nextInt(alphabet - 1)) % alphabet);
			list.add(new String(word));
		}
		if (!reachable && length >= 2) {
			word[0] = 'z';
			word[1] = 'z';
			list.add(new String(word));
		}
		String end = new String(word);
		for (int attempts = 0; list.size() < words && attempts < 20 * words; attempts++) {
			list.add(new String(randomWord(random, length, alphabet)));
		}
		return GeneratedTest.of(begin, end, list.toArray(new String[0]));
	}

	/**
	 * Args of {@code (double[] data, double[] q)}: normal data and sorted percentiles in
	 * [0, 100].
	 */
	static GeneratedTest vectorAndPercentiles(long seed, GeneratorParams p) {
		double[] data = SyntheticData.normal(seed, p.integer("n", 1000, 1), p.number("mean", 0), p.number("sd", 10));
		Random random = new Random(~seed);
		double[] q = new double[p.integer("count", 5, 1)];
		for (int i = 0; i < q.length; i++) {
			q[i] = SyntheticData.round(100 * random.nextDouble());
		}
		java.util.Arrays.sort(q);
		return GeneratedTest.of(data, q);
	}

	/**
	 * Args of {@code (int[] actual, int[] predicted, int numClasses)}: predictions right
	 * with probability accuracy.
	 */
	static GeneratedTest labelPair(long seed, GeneratorParams p) {
		int n = p.integer("n", 1000, 0);
		int classes = p.integer("classes", 3, 1);
		double accuracy = p.number("accuracy", 0.7);
		Random random = new Random(seed);
		int[] actual = new int[n];
		int[] predicted = new int[n];
		for (int i = 0; i < n; i++) {
			actual[i] = random.nextInt(classes);
			predicted[i] = (random.nextDouble() < accuracy) ? actual[i] : random.nextInt(classes);
		}
		return GeneratedTest.of(actual, predicted, classes);
	}

	/**
	 * Args of {@code fit(double[][] X, int[] y, double learningRate, int iterations)} on
	 * logistic data.
	 */
	static GeneratedTest logisticTraining(long seed, GeneratorParams p) {
		LabeledData data = SyntheticData.logistic(seed, p.integer("n", 1000, 1), p.integer("d", 3, 1));
		return GeneratedTest.of(data.x(), data.y(), p.number("learningRate", 0.1), p.integer("iterations", 100, 0));
	}

	/**
	 * Args of {@code (double[][] trainX, int[] trainY, double[][] testX)} on logistic
	 * data; truth = test labels.
	 */
	static GeneratedTest logisticSplit(long seed, GeneratorParams p) {
		int train = p.integer("train", 1000, 1);
		int test = p.integer("test", 200, 1);
		LabeledData all = SyntheticData.logistic(seed, train + test, p.integer("d", 3, 1));
		return new GeneratedTest(
				new Object[] { java.util.Arrays.copyOfRange(all.x(), 0, train),
						java.util.Arrays.copyOfRange(all.y(), 0, train),
						java.util.Arrays.copyOfRange(all.x(), train, train + test) },
				java.util.Arrays.copyOfRange(all.y(), train, train + test));
	}

	private static char[] randomWord(Random random, int length, int alphabet) {
		char[] word = new char[length];
		for (int i = 0; i < length; i++) {
			word[i] = (char) ('a' + random.nextInt(alphabet));
		}
		return word;
	}

}
