package com.mljudge.judge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

import com.mljudge.judge.internal.compile.SourceCompiler;
import com.mljudge.judge.internal.instrument.Instrumenter;

import static com.mljudge.judge.AttackHarness.REFERENCE;
import static com.mljudge.judge.AttackHarness.TASK;
import static com.mljudge.judge.AttackHarness.solution;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one submission could learn about another's run: the server's shared
 * {@code Math.random()} generator, and classes shared between identical sources.
 */
class SubmissionIsolationTests {

	@Test
	void mathRandomIsRewrittenToTheSubmissionsOwnGenerator() throws Exception {
		String source = solution("static java.util.function.DoubleSupplier r = Math::random;",
				"return (int) (Math.random() + StrictMath.random() + r.getAsDouble()) + n;");
		Map<String, byte[]> classes = new SourceCompiler(CompileLimits.defaults()).compile("Solution", source)
			.classes();
		List<String> calls = new ArrayList<>();
		for (byte[] bytes : classes.values()) {
			ClassNode node = Instrumenter.read(new Instrumenter(true).instrument(Instrumenter.read(bytes)));
			for (MethodNode method : node.methods) {
				for (AbstractInsnNode insn : method.instructions) {
					if (insn instanceof MethodInsnNode call && call.name.equals("random")) {
						calls.add(call.owner + "." + call.name);
					}
				}
			}
		}
		assertThat(calls).hasSize(3).containsOnly("com/mljudge/judge/internal/sandbox/LibraryCalls.random");
	}

	@Test
	void anIdenticalSourceDoesNotShareClassesWithTheVerdictBefore() {
		Judge judge = new Judge();
		String source = solution("static Runnable empty() { return () -> { }; }",
				"return System.identityHashCode(Solution.class) ^ System.identityHashCode(empty()) ^ n;");
		List<Object> first = judge.computeReference(source, TASK).outputs();
		List<Object> second = judge.computeReference(source, TASK).outputs();
		assertThat(judge.warmClasses()).as("the compiled source is kept").isEqualTo(1);
		assertThat(second).as("another user's verdict of the same source sees other classes").isNotEqualTo(first);
	}

	@Test
	void mathRandomStillGivesUniformValues() {
		String body = "double sum = 0; for (int i = 0; i < 10_000; i++) { double x = Math.random();"
				+ " if (x < 0 || x >= 1) return -1; sum += x; }\nreturn Math.abs(sum / 10_000 - 0.5) < 0.05 ? n + 1 : -2;";
		JudgeResult result = new Judge().judge(solution("", body), TASK, REFERENCE);
		assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.ACCEPTED);
	}

}
