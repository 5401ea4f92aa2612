package com.mljudge.problembank.data;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * The generators a test can name for one argument, written in place of the literal value:
 * {@code args: [{gen: random-doubles, seed: 11, n: 400000, min: -1000.0, max: 1000.0},
 * 1.5]}. Each creates {@code new Random(seed)} and draws in exactly the documented order
 * (FORMAT.md), so the authors' own copies of these generators give the same data. Unlike
 * the whole-test generators the values are not rounded: nothing is dumped to text.
 */
public final class ArgumentGenerators {

	/**
	 * More values than any test needs; a typo in a size must not exhaust the heap at load
	 * time.
	 */
	static final long MAX_ELEMENTS = 10_000_000;

	private static final Map<String, ArgumentGenerator> BY_NAME = new TreeMap<>();

	static {
		BY_NAME.put("random-doubles", ArgumentGenerators::randomDoubles);
		BY_NAME.put("gaussian-doubles", ArgumentGenerators::gaussianDoubles);
		BY_NAME.put("random-ints", ArgumentGenerators::randomInts);
		BY_NAME.put("random-double-matrix", ArgumentGenerators::randomDoubleMatrix);
		BY_NAME.put("random-int-matrix", ArgumentGenerators::randomIntMatrix);
		BY_NAME.put("gaussian-matrix", ArgumentGenerators::gaussianMatrix);
		BY_NAME.put("random-string", ArgumentGenerators::randomString);
		BY_NAME.put("random-strings", ArgumentGenerators::randomStrings);
		BY_NAME.put("random-string-matrix", ArgumentGenerators::randomStringMatrix);
		BY_NAME.put("random-choices", ArgumentGenerators::randomChoices);
		BY_NAME.put("repeated-string", ArgumentGenerators::repeatedString);
		BY_NAME.put("linked-list-next", (seed, p) -> linkedListNext(new Random(seed), size(p, "n", 1)));
	}

	private ArgumentGenerators() {
	}

	public static Optional<ArgumentGenerator> find(String name) {
		return Optional.ofNullable(BY_NAME.get(name));
	}

	public static Set<String> names() {
		return Collections.unmodifiableSet(BY_NAME.keySet());
	}

	static double[] randomDoubles(long seed, GeneratorParams p) {
		int n = size(p, "n", 0);
		double min = p.number("min");
		double max = p.number("max");
		double nanRate = p.number("nanRate", 0);
		double zeroRate = p.number("zeroRate", 0);
		Random random = new Random(seed);
		double[] values = new double[n];
		for (int i = 0; i < n; i++) {
			double value = uniform(random, min, max);
			boolean nan = nanRate > 0 && random.nextDouble() < nanRate;
			boolean zero = zeroRate > 0 && random.nextDouble() < zeroRate;
			values[i] = nan ? Double.NaN : zero ? 0.0 : value;
		}
		return values;
	}

	static double[] gaussianDoubles(long seed, GeneratorParams p) {
		int n = size(p, "n", 0);
		double mean = p.number("mean", 0);
		double std = p.number("std", 1);
		Random random = new Random(seed);
		double[] values = new double[n];
		for (int i = 0; i < n; i++) {
			values[i] = mean + std * random.nextGaussian();
		}
		return values;
	}

	static int[] randomInts(long seed, GeneratorParams p) {
		int n = size(p, "n", 0);
		IntRange range = IntRange.of(p, "min", "max");
		boolean sorted = p.bool("sorted", false);
		Random random = new Random(seed);
		int[] values = new int[n];
		for (int i = 0; i < n; i++) {
			values[i] = range.draw(random);
		}
		if (sorted) {
			Arrays.sort(values);
		}
		return values;
	}

	static double[][] randomDoubleMatrix(long seed, GeneratorParams p) {
		int rows = size(p, "rows", 0);
		int cols = size(p, "cols", 0);
		checkCells(rows, cols);
		double min = p.number("min");
		double max = p.number("max");
		double nanRate = p.number("nanRate", 0);
		Random random = new Random(seed);
		double[][] values = new double[rows][cols];
		for (double[] row : values) {
			for (int j = 0; j < cols; j++) {
				double value = uniform(random, min, max);
				row[j] = (nanRate > 0 && random.nextDouble() < nanRate) ? Double.NaN : value;
			}
		}
		return values;
	}

	static int[][] randomIntMatrix(long seed, GeneratorParams p) {
		int rows = size(p, "rows", 0);
		int cols = size(p, "cols", 0);
		checkCells(rows, cols);
		IntRange range = IntRange.of(p, "min", "max");
		Random random = new Random(seed);
		int[][] values = new int[rows][cols];
		for (int[] row : values) {
			for (int j = 0; j < cols; j++) {
				row[j] = range.draw(random);
			}
		}
		return values;
	}

	static double[][] gaussianMatrix(long seed, GeneratorParams p) {
		int rows = size(p, "rows", 0);
		int cols = size(p, "cols", 0);
		checkCells(rows, cols);
		double mean = p.number("mean", 0);
		double std = p.number("std", 1);
		Random random = new Random(seed);
		double[][] values = new double[rows][cols];
		for (double[] row : values) {
			for (int j = 0; j < cols; j++) {
				row[j] = mean + std * random.nextGaussian();
			}
		}
		return values;
	}

	/**
	 * Length n; {@code rotate = k} turns it left by k afterwards (the same seed without
	 * it gives the original).
	 */
	static String randomString(long seed, GeneratorParams p) {
		int n = size(p, "n", 0);
		String alphabet = p.text("alphabet");
		int rotate = p.integer("rotate", 0, 0);
		if (rotate != 0 && rotate >= n) {
			throw new IllegalArgumentException("rotate: must be below n = " + n + ", got " + rotate);
		}
		String text = draw(new Random(seed), n, alphabet);
		return text.substring(rotate) + text.substring(0, rotate);
	}

	static String[] randomStrings(long seed, GeneratorParams p) {
		int n = size(p, "n", 0);
		IntRange length = IntRange.of(p, "minLen", "maxLen");
		if (length.min() < 0) {
			throw new IllegalArgumentException("minLen: must be at least 0, got " + length.min());
		}
		if ((long) n * length.max() > MAX_ELEMENTS) {
			throw new IllegalArgumentException("n * maxLen: at most " + MAX_ELEMENTS + " characters");
		}
		String alphabet = p.text("alphabet");
		Random random = new Random(seed);
		String[] values = new String[n];
		for (int i = 0; i < n; i++) {
			values[i] = draw(random, length.draw(random), alphabet);
		}
		return values;
	}

	/** Row by row, each string drawn like one element of {@code random-strings}. */
	static String[][] randomStringMatrix(long seed, GeneratorParams p) {
		int rows = size(p, "rows", 0);
		int cols = size(p, "cols", 0);
		IntRange length = IntRange.of(p, "minLen", "maxLen");
		if (length.min() < 0) {
			throw new IllegalArgumentException("minLen: must be at least 0, got " + length.min());
		}
		checkCells((long) rows * cols, length.max());
		String alphabet = p.text("alphabet");
		Random random = new Random(seed);
		String[][] values = new String[rows][cols];
		for (String[] row : values) {
			for (int j = 0; j < cols; j++) {
				row[j] = draw(random, length.draw(random), alphabet);
			}
		}
		return values;
	}

	/**
	 * {@code unit.repeat(times) + suffix}, a worst case for string searches; the seed is
	 * not used.
	 */
	static String repeatedString(long seed, GeneratorParams p) {
		String unit = p.text("unit");
		int times = p.integer("times", 0, 0);
		Object suffix = p.raw("suffix");
		if (suffix != null && !(suffix instanceof String)) {
			throw new IllegalArgumentException("suffix: expected a string, got " + suffix);
		}
		checkCells(unit.length(), times);
		return unit.repeat(times) + ((suffix == null) ? "" : suffix);
	}

	static String[] randomChoices(long seed, GeneratorParams p) {
		int n = size(p, "n", 0);
		List<String> choices = p.texts("choices");
		Random random = new Random(seed);
		String[] values = new String[n];
		for (int i = 0; i < n; i++) {
			values[i] = choices.get(random.nextInt(choices.size()));
		}
		return values;
	}

	/**
	 * The next-index array of a singly linked list that starts at node 0 and visits every
	 * node once (-1 ends it): the other nodes in a Fisher-Yates shuffled order.
	 */
	static int[] linkedListNext(Random random, int n) {
		int[] order = new int[n - 1];
		for (int k = 0; k < n - 1; k++) {
			order[k] = k + 1;
		}
		for (int k = order.length - 1; k >= 1; k--) {
			int j = random.nextInt(k + 1);
			int swap = order[k];
			order[k] = order[j];
			order[j] = swap;
		}
		int[] next = new int[n];
		int current = 0;
		for (int node : order) {
			next[current] = node;
			current = node;
		}
		next[current] = -1;
		return next;
	}

	/** {@code U(min, max)}. */
	static double uniform(Random random, double min, double max) {
		return min + (max - min) * random.nextDouble();
	}

	/** n characters, each {@code alphabet.charAt(random.nextInt(alphabet.length()))}. */
	static String draw(Random random, int n, String alphabet) {
		char[] chars = new char[n];
		for (int i = 0; i < n; i++) {
			chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
		}
		return new String(chars);
	}

	/**
	 * A required size parameter, at least {@code min} and at most {@link #MAX_ELEMENTS}.
	 */
	static int size(GeneratorParams p, String name, int min) {
		int value = p.integer(name);
		if (value < min || value > MAX_ELEMENTS) {
			throw new IllegalArgumentException(
					name + ": must be between " + min + " and " + MAX_ELEMENTS + ", got " + value);
		}
		return value;
	}

	static void checkCells(long rows, long cols) {
		if (rows * cols > MAX_ELEMENTS) {
			throw new IllegalArgumentException("rows * cols: at most " + MAX_ELEMENTS + " cells, got " + rows * cols);
		}
	}

	/**
	 * {@code I(min, max)}: both ends inclusive,
	 * {@code min + random.nextInt(max - min + 1)}.
	 */
	record IntRange(int min, int max) {

		static IntRange of(GeneratorParams p, String minName, String maxName) {
			int min = p.integer(minName);
			int max = p.integer(maxName);
			if ((long) max - min + 1 > Integer.MAX_VALUE || max < min) {
				throw new IllegalArgumentException(minName + ", " + maxName + ": need " + minName + " <= " + maxName
						+ " and a range that fits in int");
			}
			return new IntRange(min, max);
		}

		int draw(Random random) {
			return this.min + random.nextInt(this.max - this.min + 1);
		}

	}

}
