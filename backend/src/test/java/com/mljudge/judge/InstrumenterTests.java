package com.mljudge.judge;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

import com.mljudge.judge.internal.compile.CompileFailure;
import com.mljudge.judge.internal.compile.SourceCompiler;
import com.mljudge.judge.internal.instrument.Instrumenter;

import static org.assertj.core.api.Assertions.assertThat;

class InstrumenterTests {

	private static final String LOOPS = """
			public class Solution {
			    static double sumOfSquares(double[][] m) {
			        double s = 0;
			        for (int i = 0; i < m.length; i++) {
			            for (int j = 0; j < m[i].length; j++) {
			                s += m[i][j] * m[i][j];
			            }
			        }
			        return s;
			    }
			    static int unbounded(int n) {
			        int i = 0;
			        while (i < n) { if (n % 2 == 0) i++; }
			        return i;
			    }
			}
			""";

	@Test
	void innermostCountedLoopsGoWithoutTheirOwnTickWithJanino() throws CompileFailure {
		assertTicks(new SourceCompiler(CompileLimits.defaults()).compile("Solution", LOOPS).classes());
	}

	@Test
	void innermostCountedLoopsGoWithoutTheirOwnTickWithJavac() throws CompileFailure {
		assertTicks(new SourceCompiler(CompileLimits.defaults()).compileWithJavac("Solution", LOOPS).classes());
	}

	private static void assertTicks(Map<String, byte[]> classes) {
		ClassNode node = Instrumenter
			.read(new Instrumenter(true).instrument(Instrumenter.read(classes.get("Solution"))));
		// Entry + the outer loop + the inner loop's ticked copy; the inner loop over
		// m[i].length is counted with an invariant bound, so it runs unticked when
		// fewPasses says its passes are few.
		assertThat(ticks(method(node, "sumOfSquares"))).isEqualTo(3);
		assertThat(calls(method(node, "sumOfSquares"), "fewPasses")).isEqualTo(1);
		// The counter only moves on some passes: the loop keeps its tick (javac gives it
		// two back jumps).
		assertThat(ticks(method(node, "unbounded"))).isGreaterThanOrEqualTo(2);
		ClassNode naive = Instrumenter
			.read(new Instrumenter(false).instrument(Instrumenter.read(classes.get("Solution"))));
		assertThat(ticks(method(naive, "sumOfSquares"))).isEqualTo(3);
	}

	@Test
	void smallLeavesGoWithoutAnEntryTickButNotLibraryProtocolMethods() throws CompileFailure {
		String source = """
				import java.util.*;
				public class Solution {
				    record Spot(double x, double y) { }
				    static double square(double v) { return v * v; }
				    static double norm(Spot p) { return Math.sqrt(square(p.x()) + square(p.y())); }
				    static Comparator<Integer> descending() { return (a, b) -> Integer.compare(b, a); }
				    static class Ones implements Iterator<Integer> {
				        public boolean hasNext() { return true; }
				        public Integer next() { return 1; }
				    }
				}
				""";
		Map<String, byte[]> classes = new SourceCompiler(CompileLimits.defaults()).compileWithJavac("Solution", source)
			.classes();
		ClassNode solution = instrumented(classes.get("Solution"));
		ClassNode point = instrumented(classes.get("Solution$Spot"));
		ClassNode ones = instrumented(classes.get("Solution$Ones"));
		assertThat(ticks(method(point, "x"))).isZero();
		assertThat(ticks(method(point, "<init>"))).isZero();
		assertThat(ticks(method(solution, "square"))).isZero();
		// Calls user code: not a leaf.
		assertThat(ticks(method(solution, "norm"))).isEqualTo(1);
		assertThat(solution.methods.stream().filter((m) -> m.name.startsWith("lambda$")).mapToLong((m) -> ticks(m)))
			.containsOnly(0L);
		// The JDK loops on hasNext/next (Iterable.forEach): they keep their tick.
		assertThat(ticks(method(ones, "hasNext"))).isEqualTo(1);
		assertThat(ticks(method(ones, "next"))).isEqualTo(1);
	}

	private static ClassNode instrumented(byte[] bytes) {
		return Instrumenter.read(new Instrumenter(true).instrument(Instrumenter.read(bytes)));
	}

	private static MethodNode method(ClassNode node, String name) {
		return node.methods.stream().filter((m) -> m.name.equals(name)).findFirst().orElseThrow();
	}

	private static long ticks(MethodNode method) {
		return calls(method, "tick");
	}

	private static long calls(MethodNode method, String name) {
		long calls = 0;
		for (AbstractInsnNode insn : method.instructions) {
			if (insn instanceof MethodInsnNode call && call.name.equals(name)) {
				calls++;
			}
		}
		return calls;
	}

}
