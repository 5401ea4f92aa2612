package com.mljudge.judge;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import com.mljudge.judge.internal.compile.SourceCompiler;
import com.mljudge.judge.internal.instrument.Instrumenter;
import com.mljudge.judge.internal.run.CallOutcome;
import com.mljudge.judge.internal.run.LoadedSubmission;
import com.mljudge.judge.internal.run.SandboxHealth;

/**
 * The cost of instrumentation on compute-bound code: k-means on 4000 points in 16 dimensions,
 * k = 8, run on a sandbox thread either way. {@code none}: the compiled bytes as they are;
 * {@code judge}: what the judge runs (counted innermost loops without their own tick);
 * {@code naive}: a tick on every backward jump.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class InstrumentationBenchmarks {

	@Param({ "none", "judge", "naive" })
	public String instrumentation;

	private LoadedSubmission submission;

	private Object[] args;

	@Setup
	public void setUp() throws Exception {
		Map<String, byte[]> compiled = new SourceCompiler(CompileLimits.defaults()).compile("Solution",
				KMeansProblem.REFERENCE).classes();
		Map<String, byte[]> classes = new HashMap<>();
		compiled.forEach((name, bytes) -> classes.put(name, switch (this.instrumentation) {
			case "judge" -> new Instrumenter(true).instrument(Instrumenter.read(bytes));
			case "naive" -> new Instrumenter(false).instrument(Instrumenter.read(bytes));
			default -> bytes;
		}));
		Limits limits = Limits.defaults().withCpuMillisPerTest(60_000).withWallMillisPerSubmission(60_000);
		this.submission = new LoadedSubmission(classes, limits, new SandboxHealth(), 1_000);
		if (this.submission.resolve(KMeansProblem.ENTRY) != null) {
			throw new IllegalStateException("entry point not found");
		}
		Random random = new Random(7);
		int n = 4000;
		int d = 16;
		int k = 8;
		double[][] points = new double[n][d];
		for (int i = 0; i < n; i++) {
			for (int t = 0; t < d; t++) {
				points[i][t] = (i % k) * 3 + random.nextGaussian() * 2;
			}
		}
		double[][] initial = new double[k][];
		for (int j = 0; j < k; j++) {
			initial[j] = points[random.nextInt(n)].clone();
		}
		this.args = new Object[] { points, k, initial };
	}

	@TearDown
	public void tearDown() {
		this.submission.close();
	}

	@Benchmark
	public Object kMeans() throws InterruptedException {
		CallOutcome outcome = this.submission.call(this.args, 60_000);
		if (!(outcome instanceof CallOutcome.Returned returned)) {
			throw new IllegalStateException(outcome.toString());
		}
		return returned.value();
	}

}
