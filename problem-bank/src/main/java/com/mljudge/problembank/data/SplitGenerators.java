package com.mljudge.problembank.data;

import java.util.Arrays;
import java.util.Map;

/**
 * Train/test splits for classifiers whose output is compared exactly with the reference's
 * predictions (the truth is kept for reference, not for scoring).
 */
final class SplitGenerators {

	private SplitGenerators() {
	}

	static void register(Map<String, TestGenerator> registry) {
		registry.put("blobs-split", SplitGenerators::blobsSplit);
	}

	/**
	 * Args of {@code predict(trainX, trainY, testX)}: one set of overlapping blobs, the
	 * first {@code train} rows for training; truth = the test rows' blob labels.
	 */
	static GeneratedTest blobsSplit(long seed, GeneratorParams p) {
		int train = p.integer("train", 1000, 1);
		int test = p.integer("test", 200, 1);
		LabeledData all = SyntheticData.blobs(seed, train + test, p.integer("classes", 3, 1), p.integer("d", 2, 1),
				p.number("spread", 3.0));
		double[][] trainX = Arrays.copyOfRange(all.x(), 0, train);
		int[] trainY = Arrays.copyOfRange(all.y(), 0, train);
		double[][] testX = Arrays.copyOfRange(all.x(), train, train + test);
		int[] testY = Arrays.copyOfRange(all.y(), train, train + test);
		return new GeneratedTest(new Object[] { trainX, trainY, testX }, testY);
	}

}
