package com.mljudge.problembank.data;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;

import com.mljudge.problembank.data.ArgumentGenerators.IntRange;

/**
 * Whole-test generators for the searching and string problems. Each creates
 * {@code new Random(seed)} and draws in exactly the order FORMAT.md documents.
 */
final class SearchAndTextGenerators {

	private SearchAndTextGenerators() {
	}

	static void register(Map<String, TestGenerator> registry) {
		registry.put("k-closest-queries", SearchAndTextGenerators::kClosestQueries);
		registry.put("array-and-target", SearchAndTextGenerators::arrayAndTarget);
		registry.put("linked-list-search", SearchAndTextGenerators::linkedListSearch);
		registry.put("closest-key-dict", SearchAndTextGenerators::closestKeyDict);
		registry.put("random-string-pair", SearchAndTextGenerators::randomStringPair);
		registry.put("rotation-pair", SearchAndTextGenerators::rotationPair);
		registry.put("text-with-spaces", SearchAndTextGenerators::textWithSpaces);
	}

	/** Args of {@code (int[] sorted, int[] queries, int k)}. */
	static GeneratedTest kClosestQueries(long seed, GeneratorParams p) {
		int n = ArgumentGenerators.size(p, "n", 0);
		int q = ArgumentGenerators.size(p, "q", 0);
		int k = p.integer("k");
		IntRange range = IntRange.of(p, "min", "max");
		Random random = new Random(seed);
		int[] sorted = draw(random, n, range);
		Arrays.sort(sorted);
		int[] queries = draw(random, q, range);
		return GeneratedTest.of(sorted, queries, k);
	}

	/**
	 * Args of {@code (int[] a, int target)}: the value at {@code targetAt}, or max + 1
	 * (absent) when it is -1.
	 */
	static GeneratedTest arrayAndTarget(long seed, GeneratorParams p) {
		int n = ArgumentGenerators.size(p, "n", 0);
		IntRange range = IntRange.of(p, "min", "max");
		int targetAt = targetAt(p, n, range);
		int[] values = draw(new Random(seed), n, range);
		return GeneratedTest.of(values, (targetAt < 0) ? range.max() + 1 : values[targetAt]);
	}

	/**
	 * Args of {@code (int[] values, int[] next, int head, int target)}: a list from node
	 * 0 through every node; the target is the value {@code targetAt} links along it, or
	 * max + 1 when -1.
	 */
	static GeneratedTest linkedListSearch(long seed, GeneratorParams p) {
		int n = ArgumentGenerators.size(p, "n", 1);
		IntRange range = IntRange.of(p, "min", "max");
		int targetAt = targetAt(p, n, range);
		Random random = new Random(seed);
		int[] values = draw(random, n, range);
		int[] next = ArgumentGenerators.linkedListNext(random, n);
		int node = 0;
		for (int step = 0; step < targetAt; step++) {
			node = next[node];
		}
		return GeneratedTest.of(values, next, 0, (targetAt < 0) ? range.max() + 1 : values[node]);
	}

	/**
	 * Args of {@code (String[] keys, String[][] lists, String[] queries)}: keys "k0",
	 * "k1", ... with lists of "w&lt;i&gt;" words; queries drawn from a larger vocabulary
	 * may match nothing.
	 */
	static GeneratedTest closestKeyDict(long seed, GeneratorParams p) {
		int keyCount = ArgumentGenerators.size(p, "keys", 0);
		int maxLen = p.integer("maxLen", 0, 0);
		int vocab = p.integer("vocab", 0, 1);
		int queryVocab = p.integer("queryVocab", 0, 1);
		int queryCount = ArgumentGenerators.size(p, "queries", 0);
		ArgumentGenerators.checkCells(keyCount, maxLen);
		Random random = new Random(seed);
		String[] keys = new String[keyCount];
		String[][] lists = new String[keyCount][];
		for (int t = 0; t < keyCount; t++) {
			keys[t] = "k" + t;
			lists[t] = new String[random.nextInt(maxLen + 1)];
			for (int u = 0; u < lists[t].length; u++) {
				lists[t][u] = "w" + random.nextInt(vocab);
			}
		}
		String[] queries = new String[queryCount];
		for (int j = 0; j < queryCount; j++) {
			queries[j] = "w" + random.nextInt(queryVocab);
		}
		return GeneratedTest.of(keys, lists, queries);
	}

	/**
	 * Args of {@code (String a, String b)}: lengths n and m, characters from alphabet.
	 */
	static GeneratedTest randomStringPair(long seed, GeneratorParams p) {
		int n = ArgumentGenerators.size(p, "n", 0);
		int m = ArgumentGenerators.size(p, "m", 0);
		String alphabet = p.text("alphabet");
		Random random = new Random(seed);
		String a = ArgumentGenerators.draw(random, n, alphabet);
		return GeneratedTest.of(a, ArgumentGenerators.draw(random, m, alphabet));
	}

	/**
	 * Args of {@code (String a, String b)}: b is a turned left by {@code rotate}; with
	 * {@code swap} two neighbouring characters of b are exchanged, so the letter counts
	 * still agree.
	 */
	static GeneratedTest rotationPair(long seed, GeneratorParams p) {
		boolean swap = p.bool("swap", false);
		int n = ArgumentGenerators.size(p, "n", swap ? 2 : 0);
		String alphabet = p.text("alphabet");
		int rotate = p.integer("rotate", 0, 0);
		if (rotate != 0 && rotate >= n) {
			throw new IllegalArgumentException("rotate: must be below n = " + n + ", got " + rotate);
		}
		Random random = new Random(seed);
		String a = ArgumentGenerators.draw(random, n, alphabet);
		char[] b = (a.substring(rotate) + a.substring(0, rotate)).toCharArray();
		if (swap) {
			int at = random.nextInt(n - 1);
			char c = b[at];
			b[at] = b[at + 1];
			b[at + 1] = c;
		}
		return GeneratedTest.of(a, new String(b));
	}

	/**
	 * Args of {@code (String s, char c)}: each character a space with probability
	 * spaceRate.
	 */
	static GeneratedTest textWithSpaces(long seed, GeneratorParams p) {
		int n = ArgumentGenerators.size(p, "n", 0);
		double spaceRate = p.number("spaceRate");
		String alphabet = p.text("alphabet");
		String replacement = p.text("replacement");
		if (replacement.length() != 1) {
			throw new IllegalArgumentException("replacement: expected one character, got '" + replacement + "'");
		}
		Random random = new Random(seed);
		char[] text = new char[n];
		for (int t = 0; t < n; t++) {
			text[t] = (random.nextDouble() < spaceRate) ? ' ' : alphabet.charAt(random.nextInt(alphabet.length()));
		}
		return GeneratedTest.of(new String(text), replacement.charAt(0));
	}

	private static int[] draw(Random random, int n, IntRange range) {
		int[] values = new int[n];
		for (int t = 0; t < n; t++) {
			values[t] = range.draw(random);
		}
		return values;
	}

	/**
	 * An index (or a number of links) below n, or -1 for a target that is absent (max + 1
	 * must fit).
	 */
	private static int targetAt(GeneratorParams p, int n, IntRange range) {
		int targetAt = p.integer("targetAt", 0, -1);
		if (targetAt >= n) {
			throw new IllegalArgumentException("targetAt: must be below n = " + n + ", got " + targetAt);
		}
		if (targetAt < 0 && range.max() == Integer.MAX_VALUE) {
			throw new IllegalArgumentException("targetAt: -1 needs max + 1 to fit in int");
		}
		return targetAt;
	}

}
