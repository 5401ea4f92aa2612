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

	@Benchmark
	public JudgeResult kMeansTenTests() {
		JudgeResult result = this.judge.judge(KMeansProblem.REFERENCE, this.task, this.reference);
		if (result.verdict() != Verdict.ACCEPTED) {
			throw new IllegalStateException(result.toString());
		}
		return result;
	}

}
