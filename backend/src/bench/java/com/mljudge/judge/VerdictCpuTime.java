package com.mljudge.judge;

import java.lang.management.ManagementFactory;

import com.mljudge.judge.internal.compile.CompileFailure;
import com.mljudge.judge.internal.compile.SourceCompiler;

/**
 * Process CPU time per operation, a companion to the JMH wall-clock numbers on a shared machine:
 * the judge's work is sequential, so CPU per verdict approximates its latency on an idle machine
 * (it over-counts: JIT and GC threads are included). Not a JMH benchmark; run with {@code main}.
 */
public final class VerdictCpuTime {

	private static final com.sun.management.OperatingSystemMXBean OS = (com.sun.management.OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private VerdictCpuTime() {
	}

	public static void main(String[] args) throws CompileFailure {
		Judge judge = new Judge();
		JudgeTask task = KMeansProblem.task(10);
		ReferenceOutputs reference = judge.computeReference(KMeansProblem.REFERENCE, task);
		SourceCompiler compiler = new SourceCompiler(CompileLimits.defaults());
		for (int round = 0; round < 3; round++) {
			long verdict = cpuPerOp(200, () -> judge.judge(KMeansProblem.REFERENCE, task, reference));
			long janino = cpuPerOp(200, () -> compile(compiler, false));
			long javac = cpuPerOp(40, () -> compile(compiler, true));
			System.out.printf("round %d: verdict %.2f ms, janino %.2f ms, javac %.2f ms (process CPU per op)%n", round,
					verdict / 1e6, janino / 1e6, javac / 1e6);
		}
	}

	private static void compile(SourceCompiler compiler, boolean javac) {
		try {
			if (javac) {
				compiler.compileWithJavac("Solution", KMeansProblem.REFERENCE);
			}
			else {
				compiler.compile("Solution", KMeansProblem.REFERENCE);
			}
		}
		catch (CompileFailure ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long cpuPerOp(int ops, Runnable op) {
		long start = OS.getProcessCpuTime();
		for (int i = 0; i < ops; i++) {
			op.run();
		}
		return (OS.getProcessCpuTime() - start) / ops;
	}

}
