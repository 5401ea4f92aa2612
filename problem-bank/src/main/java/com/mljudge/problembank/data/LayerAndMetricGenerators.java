package com.mljudge.problembank.data;

import java.util.Map;
import java.util.Random;

/**
 * Whole-test generators for the metric and neural-network-layer problems. Each creates
 * {@code new Random(seed)} and draws in exactly the order FORMAT.md documents.
 */
final class LayerAndMetricGenerators {

	private LayerAndMetricGenerators() {
	}

	static void register(Map<String, TestGenerator> registry) {
		registry.put("scored-labels", LayerAndMetricGenerators::scoredLabels);
		registry.put("noisy-binary-labels", LayerAndMetricGenerators::noisyBinaryLabels);
		registry.put("pool-input", LayerAndMetricGenerators::poolInput);
		registry.put("conv-input", LayerAndMetricGenerators::convInput);
		registry.put("batchnorm-backward-input", LayerAndMetricGenerators::batchnormBackwardInput);
	}

	/**
	 * Args of {@code (int[] labels, double[] scores)}: score = label * separation + N(0,
	 * 1), rounded to a grid of 1/grid so that many scores tie.
	 */
	static GeneratedTest scoredLabels(long seed, GeneratorParams p) {
		int n = ArgumentGenerators.size(p, "n", 0);
		double posRate = p.number("posRate", 0.5);
		double separation = p.number("separation", 1.0);
		double grid = p.number("grid", 100);
		if (!(grid > 0)) {
			throw new IllegalArgumentException("grid: must be positive, got " + grid);
		}
		Random random = new Random(seed);
		int[] labels = new int[n];
		double[] scores = new double[n];
		for (int t = 0; t < n; t++) {
			labels[t] = (random.nextDouble() < posRate) ? 1 : 0;
			scores[t] = Math.round((labels[t] * separation + random.nextGaussian()) * grid) / grid;
		}
		return GeneratedTest.of(labels, scores);
	}

	/**
	 * Args of {@code (int[] yTrue, int[] yPred)}: each prediction right with probability
	 * accuracy.
	 */
	static GeneratedTest noisyBinaryLabels(long seed, GeneratorParams p) {
		int n = ArgumentGenerators.size(p, "n", 0);
		double posRate = p.number("posRate", 0.5);
		double accuracy = p.number("accuracy", 0.8);
		Random random = new Random(seed);
		int[] truth = new int[n];
		int[] predicted = new int[n];
		for (int t = 0; t < n; t++) {
			truth[t] = (random.nextDouble() < posRate) ? 1 : 0;
			predicted[t] = (random.nextDouble() < accuracy) ? truth[t] : 1 - truth[t];
		}
		return GeneratedTest.of(truth, predicted);
	}

	/** Args of {@code (double[][] x, int size, int stride)}. */
	static GeneratedTest poolInput(long seed, GeneratorParams p) {
		int rows = ArgumentGenerators.size(p, "rows", 1);
		int cols = ArgumentGenerators.size(p, "cols", 1);
		double[][] x = matrix(new Random(seed), rows, cols, p.number("min"), p.number("max"));
		return GeneratedTest.of(x, p.integer("size"), p.integer("stride"));
	}

	/**
	 * Args of
	 * {@code (double[][] x, double[][] kernel, double bias, int stride, int padding)};
	 * values in [-1, 1].
	 */
	static GeneratedTest convInput(long seed, GeneratorParams p) {
		int rows = ArgumentGenerators.size(p, "rows", 1);
		int cols = ArgumentGenerators.size(p, "cols", 1);
		int kRows = ArgumentGenerators.size(p, "kRows", 1);
		int kCols = ArgumentGenerators.size(p, "kCols", 1);
		Random random = new Random(seed);
		double[][] x = matrix(random, rows, cols, -1, 1);
		double[][] kernel = matrix(random, kRows, kCols, -1, 1);
		return GeneratedTest.of(x, kernel, p.number("bias"), p.integer("stride"), p.integer("padding"));
	}

	/** Args of {@code (double[][] X, double[] gamma, double[][] dout, double eps)}. */
	static GeneratedTest batchnormBackwardInput(long seed, GeneratorParams p) {
		int n = ArgumentGenerators.size(p, "n", 1);
		int d = ArgumentGenerators.size(p, "d", 1);
		Random random = new Random(seed);
		double[][] x = matrix(random, n, d, -5, 5);
		double[] gamma = matrix(random, 1, d, 0.5, 2)[0];
		double[][] dout = matrix(random, n, d, -1, 1);
		return GeneratedTest.of(x, gamma, dout, p.number("eps"));
	}

	/** Row by row, {@code U(min, max)} rounded to 6 decimals. */
	private static double[][] matrix(Random random, int rows, int cols, double min, double max) {
		ArgumentGenerators.checkCells(rows, cols);
		double[][] values = new double[rows][cols];
		for (double[] row : values) {
			for (int j = 0; j < cols; j++) {
				row[j] = SyntheticData.round(ArgumentGenerators.uniform(random, min, max));
			}
		}
		return values;
	}

}
