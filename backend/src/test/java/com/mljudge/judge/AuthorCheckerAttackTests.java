package com.mljudge.judge;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.mljudge.judge.AttackHarness.MARKER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Author-written checkers are code like any other: compiled, verified and run only in the
 * sandbox. Each attack a hostile author could write into a checker is refused before it
 * runs or stopped inside the sandbox, and the judge stays healthy.
 */
class AuthorCheckerAttackTests {

	private static final Judge JUDGE = new Judge();

	private static final String M = MARKER.getAbsolutePath();

	/** A checker class {@code Check} with {@code members} and a {@code check} body. */
	private static String checker(String members, String body) {
		return "import java.util.*;\npublic class Check {\n" + members
				+ "\n    public String check(Object[] args, Object expected, Object actual) {\n" + body
				+ "\n    }\n}\n";
	}

	private static Checker custom(String source) {
		return Checkers.fromSpec("custom", Map.of("class", "Check", "source", source));
	}

	/** Judges the ordinary solution of the attack harness with {@code checker}. */
	private static JudgeResult judgedWith(Checker checker) {
		// Room on the submission's clock for a checker that spends its whole time limit.
		JudgeTask task = new JudgeTask(AttackHarness.TASK.entry(), AttackHarness.TASK.tests(), checker,
				AttackHarness.LIMITS.withWallMillisPerSubmission(60_000));
		return JUDGE.judge(AttackHarness.ORDINARY, task, AttackHarness.REFERENCE);
	}

	@AfterEach
	void serverUnharmed() throws InterruptedException {
		AttackHarness.assertUnharmed(JUDGE, judgedWith(Checkers.fromSpec("exact", Map.of())));
	}

	@Test
	void anHonestCheckerJudgesInTheSandbox() {
		Checker halves = custom(checker("",
				"return ((Integer) actual).intValue() == ((Integer) expected).intValue() ? null : \"off by \" + "
						+ "(((Integer) actual).intValue() - ((Integer) expected).intValue());"));
		assertThat(halves.check(new TestCase("t", true, 1, new Object[] { 1 }, null), 10, 10).passed()).isTrue();
		CheckOutcome wrong = halves.check(new TestCase("t", true, 1, new Object[] { 1 }, null), 10, 7);
		assertThat(wrong.passed()).isFalse();
		assertThat(wrong.message()).isEqualTo("off by -3");
		assertThat(judgedWith(halves).verdict()).isEqualTo(Verdict.ACCEPTED);
	}

	@Test
	void refusesAStaticInitializerThatWritesAFile() {
		String source = checker("static { try { new java.io.FileWriter(\"" + M
				+ "\").close(); } catch (Exception e) { throw new RuntimeException(e); } }", "return null;");
		assertThatThrownBy(() -> custom(source)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("refuses")
			.hasMessageContaining("java.io.FileWriter");
	}

	@Test
	void refusesACheckThatReadsTheEnvironment() {
		String source = checker("", "return System.getenv(\"" + AttackHarness.SECRET + "\");");
		assertThatThrownBy(() -> custom(source)).hasMessageContaining("java.lang.System.getenv");
	}

	@Test
	void refusesACheckerWrittenAgainstTheServersClasses() {
		String source = """
				import com.mljudge.judge.*;
				public class Check implements Checker {
				    public CheckOutcome check(TestCase test, Object expected, Object actual) {
				        return CheckOutcome.pass();
				    }
				}
				""";
		assertThatThrownBy(() -> custom(source)).hasMessageContaining("does not compile");
	}

	@Test
	void explainsTheContractWhenTheCheckMethodIsMissing() {
		String source = "public class Check { public boolean check(Object a, Object b) { return true; } }";
		assertThatThrownBy(() -> custom(source))
			.hasMessageContaining("public String check(Object[] args, Object expected, Object actual)");
	}

	@Test
	void stopsACheckThatLoopsForever() {
		JudgeResult result = judgedWith(custom(checker("", "while (true) { } ")));
		assertThat(result.verdict()).isEqualTo(Verdict.INTERNAL_ERROR);
		assertThat(result.tests().get(0).message()).contains("the checker failed").contains("time limit");
		// One stop is enough: the next test's check does not spend another time limit.
		assertThat(result.tests().get(1).message()).contains("not run again");
	}

	@Test
	void neverRunsAStaticInitializerOnAServerThread() {
		// Creating the checker loads its classes but runs none of their code: a static
		// initializer that never ends only ever stalls a sandbox thread, which is
		// stopped.
		Checker stalls = custom(checker("static int x; static { while (true) { x++; } }", "return null;"));
		JudgeResult result = judgedWith(stalls);
		assertThat(result.verdict()).isEqualTo(Verdict.INTERNAL_ERROR);
		assertThat(result.tests().get(0).message()).contains("time limit");
	}

	@Test
	void stopsACheckThatHoardsMemory() {
		String hoard = "List<long[]> kept = new ArrayList<>(); while (true) { kept.add(new long[1 << 20]); }";
		JudgeResult result = judgedWith(custom(checker("", hoard)));
		assertThat(result.verdict()).isEqualTo(Verdict.INTERNAL_ERROR);
		assertThat(result.tests().get(0).message()).contains("the checker failed").contains("memory");
	}

	@Test
	void rendersAHostileExceptionInsideTheSandbox() {
		String members = """
				static class Nasty extends RuntimeException {
				    @Override public String getMessage() { while (true) { } }
				}
				""";
		JudgeResult result = judgedWith(custom(checker(members, "throw new Nasty();")));
		assertThat(result.verdict()).isEqualTo(Verdict.INTERNAL_ERROR);
		assertThat(result.tests().get(0).message()).contains("the checker failed");
	}

	@Test
	void keepsNoStateFromOneCheckToTheNext() {
		// Static state could carry one user's answer into the message another user sees.
		Checker remembers = custom(checker("static List<Object> seen = new ArrayList<>();",
				"seen.add(actual); return \"seen \" + seen.size();"));
		TestCase test = new TestCase("t", false, 1, new Object[] { 1 }, null);
		assertThat(remembers.check(test, 1, 1).message()).isEqualTo("seen 1");
		assertThat(remembers.check(test, 1, 2).message()).isEqualTo("seen 1");
	}

	@Test
	void cannotCorruptTheTestsArguments() {
		Checker corrupts = custom(checker("", "((int[]) args[0])[0] = 99; return null;"));
		int[] values = { 1, 2 };
		corrupts.check(new TestCase("t", false, 1, new Object[] { values }, null), 1, 1);
		assertThat(values).containsExactly(1, 2);
	}

}
