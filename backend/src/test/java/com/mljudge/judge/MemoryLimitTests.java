package com.mljudge.judge;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The memory limit is what a solution holds at once (live heap), not what it allocates:
 * garbage never kills a run, holding more than the limit does, and two runs doing so at
 * once leave the server healthy. See MEMORY.md.
 */
class MemoryLimitTests {

	private static final Limits LIMITS = new Limits(20_000, 60_000, 256L << 20, 8 << 20, 4096);

	private static final JudgeTask TASK = new JudgeTask(
			new EntryPoint("Solution", "solve", List.of(int.class), int.class),
			List.of(new TestCase("only", true, 1, new Object[] { 3 }, null)), Checkers.fromSpec("exact", Map.of()),
			LIMITS);

	private static final ReferenceOutputs REFERENCE = new ReferenceOutputs(List.of(4));

	private static final Judge JUDGE = new Judge();

	/** Keeps {@code n} MB reachable in 1 MB blocks, then answers. */
	private static String holding(int megabytes) {
		return AttackHarness.solution("", """
				List<byte[]> kept = new ArrayList<>();
				for (int i = 0; i < %d; i++) { kept.add(new byte[1_000_000]); }
				return kept.size() > 0 ? n + 1 : 0;
				""".formatted(megabytes));
	}

	@Test
	void garbageOfTwoGibibytesWithASmallLiveSetIsAccepted() {
		String garbage = AttackHarness.solution("", """
				long sum = 0;
				for (int round = 0; round < 2048; round++) {
				    List<Integer> boxed = IntStream.range(0, 1 << 16).boxed().collect(Collectors.toList());
				    sum += boxed.stream().mapToLong(Integer::longValue).sum();
				    sum += new byte[1 << 19].length;
				}
				return sum > 0 ? n + 1 : 0;
				""");
		// Each round boxes 65,536 Integers (about 1.3 MB with the list) and drops a
		// 512 KiB array: over 3.5 GB allocated in all, under 2 MB held at any time.
		JudgeResult result = JUDGE.judge(garbage, TASK, REFERENCE);
		assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.ACCEPTED);
	}

	@Test
	void holdingMoreThanTheLimitIsAMemoryLimitExceeded() {
		JudgeResult result = JUDGE.judge(holding(300), TASK, REFERENCE);
		assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.MEMORY_LIMIT_EXCEEDED);
		assertThat(result.tests().get(0).message()).isEqualTo("memory limit of 256 MiB exceeded");
	}

	@Test
	void holdingJustUnderTheLimitIsAccepted() {
		JudgeResult result = JUDGE.judge(holding(200), TASK, REFERENCE);
		assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.ACCEPTED);
	}

	@Test
	void twoRunsHoldingTooMuchAtOnceAreBothStoppedAndTheServerStaysUp() throws Exception {
		Judge other = new Judge();
		// Three rounds: a wrong measurement once raised the server's baseline by the
		// 263 MB a stopped run had let go of, and the rounds after it were accepted.
		for (int round = 0; round < 3; round++) {
			CompletableFuture<JudgeResult> first = CompletableFuture
				.supplyAsync(() -> JUDGE.judge(holding(300), TASK, REFERENCE));
			CompletableFuture<JudgeResult> second = CompletableFuture
				.supplyAsync(() -> other.judge(holding(300), TASK, REFERENCE));
			assertThat(first.get().verdict()).as("round %d: %s", round, first.get())
				.isEqualTo(Verdict.MEMORY_LIMIT_EXCEEDED);
			assertThat(second.get().verdict()).as("round %d: %s", round, second.get())
				.isEqualTo(Verdict.MEMORY_LIMIT_EXCEEDED);
		}
		assertThat(JUDGE.health().up()).isTrue();
		assertThat(other.health().up()).isTrue();
		assertThat(JUDGE.judge(holding(10), TASK, REFERENCE).verdict()).isEqualTo(Verdict.ACCEPTED);
	}

	@Test
	void theTimeShownIsTheCpuTimeOfTheCall() {
		String spin = AttackHarness.solution("", """
				long x = 0;
				for (long i = 0; i < 400_000_000L; i++) { x += i ^ (x >>> 3); }
				return x != 1 ? n + 1 : 0;
				""");
		JudgeResult result = JUDGE.judge(spin, TASK, REFERENCE);
		assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.ACCEPTED);
		assertThat(result.tests().get(0).timeMillis()).isPositive();
	}

}
