package com.mljudge.contests.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Kaggle's public and private leaderboards for a metric problem: each hidden test goes to
 * one side, decided by a hash of the contest's slug and the test's name, so the split is
 * stable across restarts and rejudges but differs between contests. Tests are ranked by
 * that hash and the first {@code publicPercent} of them are public; with two or more
 * hidden tests each side keeps at least one.
 */
final class PublicSplit {

	private PublicSplit() {
	}

	static Set<String> publicTests(String contestSlug, List<String> hiddenTests, int publicPercent) {
		int n = hiddenTests.size();
		if (n == 0) {
			return Set.of();
		}
		long count = Math.round(n * publicPercent / 100.0);
		count = (n == 1) ? 1 : Math.max(1, Math.min(n - 1, count));
		Set<String> chosen = new HashSet<>();
		hiddenTests.stream()
			.sorted(Comparator.comparingLong((String name) -> rank(contestSlug, name)).thenComparing((name) -> name))
			.limit(count)
			.forEach(chosen::add);
		return chosen;
	}

	/**
	 * Score 0..100 on the hidden tests of one side, weighted like the judge's score; null
	 * when none.
	 */
	static Integer score(List<TestOutcome> tests, Predicate<String> side) {
		long total = 0;
		long passed = 0;
		for (TestOutcome test : tests) {
			if (!test.sample() && side.test(test.name())) {
				total += test.weight();
				passed += test.passed() ? test.weight() : 0;
			}
		}
		return (total == 0) ? null : (int) (100 * passed / total);
	}

	private static long rank(String contestSlug, String testName) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((contestSlug + "\n" + testName).getBytes(StandardCharsets.UTF_8));
			long rank = 0;
			for (int i = 0; i < 8; i++) {
				rank = (rank << 8) | (digest[i] & 0xff);
			}
			return rank;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
