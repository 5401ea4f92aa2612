package com.mljudge.judge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * The judge we did not build: {@code javac} then {@code java} in fresh processes for the same
 * k-means submission and the same 10 tests (generated in the process, no sandbox, no checking
 * counted). Compare with {@link VerdictBenchmarks#kMeansTenTests()} from the same run.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
@State(Scope.Benchmark)
public class ProcessBaselineBenchmarks {

	private static final String MAIN = """
			import java.util.Random;

			public class Main {
			    public static void main(String[] args) {
			        Random random = new Random(42);
			        long checksum = 0;
			        for (int n = 0; n < 10; n++) {
			            int k = 3 + random.nextInt(3);
			            int d = 2 + random.nextInt(3);
			            int size = 150 + random.nextInt(100);
			            double[][] centers = new double[k][d];
			            for (double[] center : centers) for (int t = 0; t < d; t++) center[t] = random.nextDouble() * 20 - 10;
			            double[][] points = new double[size][d];
			            for (int i = 0; i < size; i++) {
			                double[] center = centers[random.nextInt(k)];
			                for (int t = 0; t < d; t++) points[i][t] = center[t] + random.nextGaussian();
			            }
			            double[][] initial = new double[k][];
			            for (int j = 0; j < k; j++) initial[j] = points[random.nextInt(size)].clone();
			            for (int label : Solution.cluster(points, k, initial)) checksum = checksum * 31 + label;
			        }
			        System.out.println(checksum);
			    }
			}
			""";

	private Path directory;

	private String bin;

	@Setup
	public void setUp() throws IOException {
		this.directory = Files.createTempDirectory("judge-process-baseline");
		Files.writeString(this.directory.resolve("Solution.java"), KMeansProblem.REFERENCE);
		Files.writeString(this.directory.resolve("Main.java"), MAIN);
		this.bin = Path.of(System.getProperty("java.home"), "bin").toString();
	}

	@Benchmark
	public int javacThenJava() throws IOException, InterruptedException {
		run(List.of(this.bin + "/javac", "-d", "classes", "Solution.java", "Main.java"));
		return run(List.of(this.bin + "/java", "-cp", "classes", "Main"));
	}

	private int run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(this.directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		int exit = process.waitFor();
		if (exit != 0) {
			throw new IllegalStateException(command + " exited with " + exit);
		}
		return exit;
	}

}
