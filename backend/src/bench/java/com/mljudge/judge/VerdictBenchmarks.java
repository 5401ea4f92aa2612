package com.mljudge.judge;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A full verdict for the k-means problem with 10 tests: compile, verify, instrument, load, run
 * each test on its own sandbox thread, check against cached reference outputs.
 * <p>
 * {@code kMeansTenTests} judges a new source every time (a counter in a trailing comment), so every
 * verdict compiles and runs fresh classes, as a learner's first submission does.
 * {@code kMeansTenTestsSameSource} judges one source again and again: the judge keeps its class
 * files (not loaded classes: those are defined afresh per verdict), so it measures a resubmission (or a
 * Submit after a Run) of the same code.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class VerdictBenchmarks {

	private Judge judge;

	private JudgeTask task;

	private ReferenceOutputs reference;

	@Setup
	public void setUp() {
		this.judge = new Judge();
		this.task = KMeansProblem.task(10);
		this.reference = this.judge.computeReference(KMeansProblem.REFERENCE, this.task);
	}

	private long counter;

	@Benchmark
	public JudgeResult kMeansTenTests() {
		return accepted(KMeansProblem.REFERENCE + "\n// submission " + (this.counter++) + "\n");
	}

	@Benchmark
	public JudgeResult kMeansTenTestsSameSource() {
		return accepted(KMeansProblem.REFERENCE);
	}

	private JudgeResult accepted(String source) {
		JudgeResult result = this.judge.judge(source, this.task, this.reference);
		if (result.verdict() != Verdict.ACCEPTED) {
			throw new IllegalStateException(result.toString());
		}
		return result;
	}

}
