package com.mljudge.judge;

import java.util.HashMap;
import java.util.List;
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
 * The cost of instrumentation on idiomatic code, the way candidates write Java: records in
 * a {@code PriorityQueue} with a comparator key (KNN), boxed indices sorted by a comparator
 * per query (KNN), and logistic regression written with streams and lambdas. Each runs on a
 * sandbox thread, {@code none} with the compiled bytes as they are, {@code judge} with the
 * judge's instrumentation.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class IdiomaticBenchmarks {

	static final String KNN_RECORDS = """
			import java.util.*;
			public class Solution {
			    record Neighbor(int index, double distance) {}
			    static double distance(double[] a, double[] b) {
			        double s = 0;
			        for (int i = 0; i < a.length; i++) { double d = a[i] - b[i]; s += d * d; }
			        return s;
			    }
			    public static int[] predict(double[][] train, int[] labels, double[][] queries, int k) {
			        int[] out = new int[queries.length];
			        for (int q = 0; q < queries.length; q++) {
			            PriorityQueue<Neighbor> heap = new PriorityQueue<>(
			                Comparator.comparingDouble(Neighbor::distance).reversed());
			            for (int i = 0; i < train.length; i++) {
			                heap.offer(new Neighbor(i, distance(train[i], queries[q])));
			                if (heap.size() > k) heap.poll();
			            }
			            Map<Integer, Integer> votes = new HashMap<>();
			            for (Neighbor n : heap) votes.merge(labels[n.index()], 1, Integer::sum);
			            out[q] = votes.entrySet().stream()
			                .max(Map.Entry.<Integer, Integer>comparingByValue()
			                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
			                .get().getKey();
			        }
			        return out;
			    }
			}
			""";

	static final String KNN_SORTED = """
			import java.util.*;
			public class Solution {
			    static double distance(double[] a, double[] b) {
			        double s = 0;
			        for (int i = 0; i < a.length; i++) { double d = a[i] - b[i]; s += d * d; }
			        return s;
			    }
			    public static int[] predict(double[][] train, int[] labels, double[][] queries, int k) {
			        int[] out = new int[queries.length];
			        for (int q = 0; q < queries.length; q++) {
			            double[] d = new double[train.length];
			            List<Integer> order = new ArrayList<>();
			            for (int i = 0; i < train.length; i++) { d[i] = distance(train[i], queries[q]); order.add(i); }
			            order.sort((a, b) -> Double.compare(d[a], d[b]));
			            int[] count = new int[10];
			            for (int j = 0; j < k; j++) count[labels[order.get(j)]]++;
			            int best = 0;
			            for (int c = 1; c < count.length; c++) if (count[c] > count[best]) best = c;
			            out[q] = best;
			        }
			        return out;
			    }
			}
			""";

	static final String LOGISTIC_STREAMS = """
			import java.util.*;
			import java.util.stream.*;
			public class Solution {
			    public static int[] predict(double[][] train, int[] labels, double[][] queries, int k) {
			        int d = train[0].length;
			        double[] w = new double[d];
			        for (int epoch = 0; epoch < 10 * k; epoch++) {
			            final double[] current = w;
			            double[] gradient = IntStream.range(0, train.length).mapToObj(i -> {
			                double z = IntStream.range(0, d).mapToDouble(j -> current[j] * train[i][j]).sum();
			                double error = 1 / (1 + Math.exp(-z)) - (labels[i] % 2);
			                return Arrays.stream(train[i]).map(v -> v * error).toArray();
			            }).reduce(new double[d], (a, b) -> {
			                double[] s = new double[d];
			                for (int j = 0; j < d; j++) s[j] = a[j] + b[j];
			                return s;
			            });
			            w = IntStream.range(0, d).mapToDouble(j -> current[j] - 0.1 * gradient[j] / train.length).toArray();
			        }
			        final double[] weights = w;
			        return Arrays.stream(queries)
			            .mapToInt(x -> IntStream.range(0, d).mapToDouble(j -> weights[j] * x[j]).sum() > 0 ? 1 : 0)
			            .toArray();
			    }
			}
			""";

	private static final EntryPoint ENTRY = new EntryPoint("Solution", "predict",
			List.of(double[][].class, int[].class, double[][].class, int.class), int[].class);

	@Param({ "knnRecords", "knnSorted", "logisticStreams" })
	public String program;

	@Param({ "none", "judge" })
	public String instrumentation;

	private LoadedSubmission submission;

	private Object[] args;

	@Setup
	public void setUp() throws Exception {
		String source = switch (this.program) {
			case "knnRecords" -> KNN_RECORDS;
			case "knnSorted" -> KNN_SORTED;
			default -> LOGISTIC_STREAMS;
		};
		// javac on a busy machine may need more than the default 10 s the first time.
		CompileLimits patient = new CompileLimits(CompileLimits.defaults().maxSourceBytes(),
				CompileLimits.defaults().maxNestingDepth(), 120_000);
		Map<String, byte[]> compiled = new SourceCompiler(patient).compile("Solution", source).classes();
		Map<String, byte[]> classes = new HashMap<>();
		compiled.forEach((name, bytes) -> classes.put(name, this.instrumentation.equals("judge")
				? new Instrumenter(true).instrument(Instrumenter.read(bytes)) : bytes));
		Limits limits = Limits.defaults().withCpuMillisPerTest(60_000).withWallMillisPerSubmission(60_000);
		this.submission = new LoadedSubmission(classes, limits, new SandboxHealth(), 1_000);
		if (this.submission.resolve(ENTRY) != null) {
			throw new IllegalStateException(this.submission.resolve(ENTRY));
		}
		Random random = new Random(11);
		int n = 2000;
		int d = 8;
		double[][] train = new double[n][d];
		int[] labels = new int[n];
		for (int i = 0; i < n; i++) {
			labels[i] = i % 4;
			for (int t = 0; t < d; t++) {
				train[i][t] = labels[i] * 2 + random.nextGaussian();
			}
		}
		double[][] queries = new double[100][d];
		for (int q = 0; q < queries.length; q++) {
			for (int t = 0; t < d; t++) {
				queries[q][t] = (q % 4) * 2 + random.nextGaussian();
			}
		}
		this.args = new Object[] { train, labels, queries, 5 };
	}

	@TearDown
	public void tearDown() {
		this.submission.close();
	}

	@Benchmark
	public Object predict() throws InterruptedException {
		CallOutcome outcome = this.submission.call(this.args, 60_000);
		if (!(outcome instanceof CallOutcome.Returned returned)) {
			throw new IllegalStateException(outcome.toString());
		}
		return returned.value();
	}

}
