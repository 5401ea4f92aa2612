package com.mljudge.judge;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code String.indexOf}, {@code lastIndexOf} and {@code contains} run in the sandbox as
 * the judge's own interruptible search. It must answer exactly as the JDK does, and an
 * ordinary search of a long text must pass instead of being charged its worst case.
 */
class SubstringSearchTests {

	private static final Judge JUDGE = new Judge();

	private static final JudgeTask TASK = new JudgeTask(
			new EntryPoint("Solution", "solve", List.of(int.class), int.class),
			List.of(new TestCase("only", true, 1, new Object[] { 7 }, null)), Checkers.fromSpec("exact", Map.of()),
			Limits.defaults().withCpuMillisPerTest(5_000));

	/**
	 * Counts disagreements with the definitions ({@code startsWith} at each k), which the
	 * judge does not rewrite, over many small strings of a two-letter alphabet.
	 */
	private static final String DIFFERENTIAL = """
			import java.util.*;
			public class Solution {
			    static String word(Random r) {
			        StringBuilder b = new StringBuilder();
			        int n = r.nextInt(7);
			        for (int i = 0; i < n; i++) b.append(r.nextBoolean() ? 'a' : 'b');
			        return b.toString();
			    }
			    static int first(String s, String t, int from) {
			        for (int k = Math.max(from, 0); k <= s.length(); k++) if (s.startsWith(t, k)) return k;
			        return -1;
			    }
			    static int last(String s, String t, int from) {
			        for (int k = Math.min(from, s.length()); k >= 0; k--) if (s.startsWith(t, k)) return k;
			        return -1;
			    }
			    public static int solve(int seed) {
			        Random r = new Random(seed);
			        int wrong = 0;
			        for (int i = 0; i < 20_000; i++) {
			            String s = word(r), t = word(r);
			            int from = r.nextInt(12) - 3;
			            if (s.indexOf(t) != first(s, t, 0)) wrong++;
			            if (s.indexOf(t, from) != first(s, t, from)) wrong++;
			            if (s.lastIndexOf(t) != last(s, t, s.length())) wrong++;
			            if (s.lastIndexOf(t, from) != last(s, t, from)) wrong++;
			            if (s.contains(t) != (first(s, t, 0) >= 0)) wrong++;
			        }
			        return wrong;
			    }
			}
			""";

	@Test
	void answersExactlyAsTheJdkDefinesTheSearch() {
		JudgeResult result = JUDGE.judge(DIFFERENTIAL, TASK, new ReferenceOutputs(List.of(0)));
		assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.ACCEPTED);
	}

	@Test
	void findsALongNeedleInALongTextWithinTheLimit() {
		// The rotation check of the bank: b in a + a, texts of 200 k characters. Charged
		// at
		// haystack x needle it would be refused before it started.
		String source = """
				import java.util.*;
				public class Solution {
				    public static int solve(int seed) {
				        Random r = new Random(seed);
				        StringBuilder b = new StringBuilder();
				        for (int i = 0; i < 200_000; i++) b.append((char) ('a' + r.nextInt(26)));
				        String a = b.toString();
				        String rotated = a.substring(12_345) + a.substring(0, 12_345);
				        return (a + a).contains(rotated) ? (a + a).indexOf(rotated) : -1;
				    }
				}
				""";
		JudgeResult result = JUDGE.judge(source, TASK, new ReferenceOutputs(List.of(12_345)));
		assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.ACCEPTED);
	}

}
