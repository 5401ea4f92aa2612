package com.mljudge.judge;

import java.io.File;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tiny problem ({@code int solve(int n)} returns {@code n + 1}) for attack programs,
 * tight limits so attacks end fast, and the checks that the server came out unharmed.
 */
final class AttackHarness {

	static final String SECRET = "s3cr3t-judge-token";

	static final File MARKER = new File(System.getProperty("java.io.tmpdir"), "judge-attack-marker");

	static final Limits LIMITS = new Limits(300, 3_000, 64L << 20, 8 << 20, 4096);

	static final JudgeTask TASK = new JudgeTask(new EntryPoint("Solution", "solve", List.of(int.class), int.class),
			List.of(new TestCase("first", true, 1, new Object[] { 3 }, null),
					new TestCase("second", false, 1, new Object[] { 5 }, null)),
			Checkers.fromSpec("exact", Map.of()), LIMITS);

	static final ReferenceOutputs REFERENCE = new ReferenceOutputs(List.of(4, 6));

	static final String ORDINARY = "public class Solution { public static int solve(int n) { return n + 1; } }";

	private AttackHarness() {
	}

	/** A {@code Solution} whose {@code solve} runs {@code body}, plus {@code members}. */
	static String solution(String members, String body) {
		return "import java.util.*;\nimport java.util.stream.*;\npublic class Solution {\n" + members
				+ "\n    public static int solve(int n) throws Exception {\n" + body + "\n    }\n}\n";
	}

	static void assertUnharmed(Judge judge, JudgeResult attacked) throws InterruptedException {
		assertThat(attacked.toString()).doesNotContain(SECRET);
		assertThat(MARKER).doesNotExist();
		assertThat(sandboxThreadsAfterWaiting()).as("sandbox threads still running").isZero();
		assertThat(judge.health().up()).isTrue();
		JudgeResult next = judge.judge(ORDINARY, TASK, REFERENCE);
		assertThat(next.verdict()).as(next.toString()).isEqualTo(Verdict.ACCEPTED);
	}

	private static long sandboxThreadsAfterWaiting() throws InterruptedException {
		long count = 0;
		for (int i = 0; i < 100; i++) {
			count = Thread.getAllStackTraces()
				.keySet()
				.stream()
				.filter((t) -> t.getName().startsWith("judge-sandbox-") && t.isAlive())
				.count();
			if (count == 0) {
				return 0;
			}
			Thread.sleep(20);
		}
		return count;
	}

}
