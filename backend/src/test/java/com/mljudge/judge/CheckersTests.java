package com.mljudge.judge;

import java.util.Map;

import com.mljudge.problembank.CheckerType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckersTests {

	private static final TestCase TEST = new TestCase("t", true, 1, new Object[0], null);

	private static boolean passes(Checker checker, Object expected, Object actual) {
		return checker.check(TEST, expected, actual).passed();
	}

	@Test
	void exactComparesArraysDeeply() {
		Checker exact = Checkers.fromSpec("exact", Map.of());
		assertThat(passes(exact, new int[][] { { 1, 2 } }, new int[][] { { 1, 2 } })).isTrue();
		assertThat(passes(exact, new int[] { 1, 2 }, new int[] { 2, 1 })).isFalse();
		assertThat(exact.check(TEST, "a", "b").message()).isEqualTo("expected \"a\" but got \"b\"");
	}

	@Test
	void toleranceFollowsNumpyAllclose() {
		Checker close = Checkers.fromSpec("tolerance", Map.of("atol", 1e-8, "rtol", 1e-5));
		assertThat(passes(close, new double[] { 1000.0 }, new double[] { 1000.009 })).isTrue();
		assertThat(passes(close, new double[] { 1000.0 }, new double[] { 1000.02 })).isFalse();
		assertThat(passes(close, new double[] { 0.0 }, new double[] { 1e-9 })).isTrue();
		assertThat(passes(close, 1.0, 1.00002)).isFalse();
	}

	@Test
	void toleranceTreatsNanAndInfinityDeliberately() {
		Checker close = Checkers.fromSpec("tolerance", Map.of("atol", "1e-6", "rtol", "0"));
		assertThat(passes(close, Double.NaN, Double.NaN)).isTrue();
		assertThat(passes(close, 1.0, Double.NaN)).isFalse();
		assertThat(passes(close, Double.NaN, 1.0)).isFalse();
		assertThat(passes(close, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY)).isTrue();
		assertThat(passes(close, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)).isFalse();
		assertThat(passes(close, Double.POSITIVE_INFINITY, Double.MAX_VALUE)).isFalse();
	}

	@Test
	void toleranceNamesTheFirstMismatchAndShapeErrors() {
		Checker close = Checkers.fromSpec("tolerance", Map.of());
		assertThat(close.check(TEST, new double[][] { { 1, 2 }, { 3, 4 } }, new double[][] { { 1, 2 }, { 3, 5 } })
			.message()).isEqualTo("at [1][1]: expected 4.0 but got 5.0");
		assertThat(close.check(TEST, new double[] { 1, 2 }, new double[] { 1 }).message())
			.contains("expected length 2");
		assertThat(passes(close, new double[] { 1 }, null)).isFalse();
	}

	@Test
	void permutationAcceptsRenamedClustersOnly() {
		Checker labels = Checkers.fromSpec("permutation", Map.of());
		assertThat(passes(labels, new int[] { 0, 0, 1, 2 }, new int[] { 2, 2, 0, 1 })).isTrue();
		assertThat(passes(labels, new int[] { 0, 0, 1, 2 }, new int[] { 1, 1, 1, 0 })).isFalse();
		assertThat(passes(labels, new int[] { 0, 1 }, new int[] { 0, 0 })).isFalse();
		assertThat(passes(labels, new int[] { 0, 1 }, new int[] { 0 })).isFalse();
	}

	@Test
	void signAcceptsFlippedVectorsAndRows() {
		Checker sign = Checkers.fromSpec("sign", Map.of("atol", 1e-6));
		assertThat(passes(sign, new double[] { 0.6, -0.8 }, new double[] { -0.6, 0.8 })).isTrue();
		assertThat(passes(sign, new double[][] { { 1, 0 }, { 0, 1 } }, new double[][] { { -1, 0 }, { 0, 1 } }))
			.isTrue();
		assertThat(passes(sign, new double[] { 0.6, -0.8 }, new double[] { -0.6, -0.8 })).isFalse();
	}

	@Test
	void unorderedIgnoresOrderButNotMultiplicity() {
		Checker unordered = Checkers.fromSpec("unordered", Map.of());
		assertThat(passes(unordered, new int[] { 3, 1, 2 }, new int[] { 1, 2, 3 })).isTrue();
		assertThat(passes(unordered, new int[] { 1, 1, 2 }, new int[] { 1, 2, 2 })).isFalse();
		assertThat(passes(unordered, new String[] { "b", "a" }, new String[] { "a", "b" })).isTrue();
		assertThat(passes(unordered, new int[][] { { 1, 2 }, { 0, 5 } }, new int[][] { { 0, 5 }, { 1, 2 } })).isTrue();
	}

	@Test
	void rankedKeepsTheRankingButNotTheOrderOfTies() {
		Checker ranked = Checkers.fromSpec("ranked", Map.of());
		String[][] reference = { { "red", "3" }, { "blue", "2" }, { "green", "2" }, { "grey", "1" } };
		assertThat(passes(ranked, reference,
				new String[][] { { "red", "3" }, { "green", "2" }, { "blue", "2" }, { "grey", "1" } }))
			.isTrue();
		assertThat(passes(ranked, new double[][] { { 7, 0.5 }, { 3, 0.5 } }, new double[][] { { 3, 0.5 }, { 7, 0.5 } }))
			.isTrue();
		assertThat(ranked
			.check(TEST, reference,
					new String[][] { { "blue", "2" }, { "red", "3" }, { "green", "2" }, { "grey", "1" } })
			.message())
			.isEqualTo("row 0 should rank at \"3\" but ranks at \"2\" (rows are ordered by their last value)");
		assertThat(ranked
			.check(TEST, reference,
					new String[][] { { "red", "3" }, { "blue", "2" }, { "teal", "2" }, { "grey", "1" } })
			.message()).startsWith("rows 1 to 2 (tied at \"2\"): elements differ (order ignored)");
		assertThat(ranked.check(TEST, reference, new String[][] { { "red", "3" } }).message())
			.isEqualTo("expected 4 rows but got 1");
		assertThat(ranked.check(TEST, reference, "red").message()).isEqualTo("expected rows but got String");
		assertThat(CheckerType.RANKED.refusedReturn(int[].class)).contains("an array of rows");
		assertThat(CheckerType.RANKED.refusedReturn(String[][].class)).isNull();
	}

	@Test
	void metricComparesWithTheReferenceOnTruth() {
		TestCase withTruth = new TestCase("t", false, 1, new Object[0], new int[] { 1, 0, 1, 1, 0 });
		Checker accuracy = Checkers.fromSpec("metric", Map.of("metric", "accuracy", "delta", 0.2));
		int[] reference = { 1, 0, 1, 1, 1 };
		assertThat(accuracy.check(withTruth, reference, new int[] { 1, 0, 1, 0, 1 }).passed()).isTrue();
		assertThat(accuracy.check(withTruth, reference, new int[] { 0, 1, 0, 0, 1 }).passed()).isFalse();
		assertThat(accuracy.check(withTruth, reference, new int[] { 1, 0, 1, 1, 0 }).message())
			.isEqualTo("accuracy 1.0000 (reference 0.8000, allowed delta 0.2000)");
	}

	@Test
	void metricKnowsLowerLogLossIsBetter() {
		TestCase withTruth = new TestCase("t", false, 1, new Object[0], new double[] { 1, 0 });
		Checker logLoss = Checkers.fromSpec("metric", Map.of("metric", "logloss", "delta", 0.05));
		double[] reference = { 0.9, 0.1 };
		assertThat(logLoss.check(withTruth, reference, new double[] { 0.99, 0.01 }).passed()).isTrue();
		assertThat(logLoss.check(withTruth, reference, new double[] { 0.6, 0.4 }).passed()).isFalse();
	}

	@Test
	void metricComputesF1AndR2() {
		TestCase labels = new TestCase("t", false, 1, new Object[0], new int[] { 1, 1, 0, 0 });
		Checker f1 = Checkers.fromSpec("metric", Map.of("metric", "f1", "delta", 0.0));
		assertThat(f1.check(labels, new int[] { 1, 1, 0, 0 }, new int[] { 1, 0, 0, 0 }).message())
			.startsWith("f1 0.7333");
		TestCase values = new TestCase("t", false, 1, new Object[0], new double[] { 1, 2, 3 });
		Checker r2 = Checkers.fromSpec("metric", Map.of("metric", "r2", "delta", 0.1));
		assertThat(r2.check(values, new double[] { 1, 2, 3 }, new double[] { 1, 2, 3.5 }).message())
			.startsWith("r2 0.8750");
	}

	@Test
	void gradientUsesTheRelativeError() {
		Checker gradient = Checkers.fromSpec("gradient", Map.of("tol", 1e-6));
		assertThat(passes(gradient, new double[][] { { 1e-3, -2 } }, new double[][] { { 1.0000001e-3, -2 } })).isTrue();
		assertThat(passes(gradient, new double[] { 1e-3 }, new double[] { 1.01e-3 })).isFalse();
		assertThat(passes(gradient, new double[] { 0 }, new double[] { 0 })).isTrue();
	}

	@Test
	void runsACustomCheckerInTheSandbox() {
		String source = """
				public class Halves {
				    public String check(Object[] args, Object expected, Object actual) {
				        return ((Integer) actual).intValue() * 2 == ((Integer) expected).intValue() ? null : "not half";
				    }
				}
				""";
		Checker custom = Checkers.fromSpec("custom", Map.of("class", "Halves", "source", source));
		assertThat(passes(custom, 10, 5)).isTrue();
		assertThat(passes(custom, 10, 4)).isFalse();
	}

	@Test
	void refusesUnknownSpecs() {
		assertThatThrownBy(() -> Checkers.fromSpec("fuzzy", Map.of())).hasMessageContaining("unknown checker type");
		assertThatThrownBy(() -> Checkers.fromSpec("metric", Map.of("metric", "auc")))
			.hasMessageContaining("unknown metric");
	}

	@Test
	void cachesReferenceOutputsByKey() {
		ReferenceCache cache = new ReferenceCache(2);
		int[] computed = { 0 };
		java.util.function.Supplier<ReferenceOutputs> compute = () -> {
			computed[0]++;
			return new ReferenceOutputs(java.util.List.of(1));
		};
		cache.get("kmeans@1", compute);
		cache.get("kmeans@1", compute);
		assertThat(computed[0]).isEqualTo(1);
	}

	@Test
	void everyCheckerTypeTheBankReadsIsBuiltWithItsDefaults() {
		// The custom type needs its source; it is built above.
		java.util.List<CheckerType> builtIns = java.util.Arrays.stream(CheckerType.values())
			.filter((type) -> type != CheckerType.CUSTOM)
			.toList();
		for (CheckerType type : builtIns) {
			assertThat(Checkers.fromSpec(type.fileName(), Map.of())).as(type.fileName()).isNotNull();
		}
	}

}
