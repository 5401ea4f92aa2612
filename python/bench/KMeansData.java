import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import com.mljudge.problembank.data.GeneratedTest;
import com.mljudge.problembank.data.GeneratorParams;
import com.mljudge.problembank.data.TestGenerators;

/**
 * Prints the arguments of the kmeans problem's largest test (generated-large: seed 7,
 * 10,000 2-D points, k = 5) as JSON, for timing the same code on CPython
 * (kmeans-cpython.py). Run from the repository root after a build:
 * {@code java -cp problem-bank/target/classes python/bench/KMeansData.java}
 */
public class KMeansData {

	public static void main(String[] args) {
		GeneratedTest test = TestGenerators.find("kmeans-blobs")
			.orElseThrow()
			.generate(7, new GeneratorParams(Map.of("n", 10000, "k", 5, "d", 2, "spread", 1.0)));
		Object[] a = test.args();
		System.out.println("[" + matrix((double[][]) a[0]) + ", " + a[1] + ", " + matrix((double[][]) a[2]) + "]");
	}

	private static String matrix(double[][] rows) {
		return Arrays.stream(rows)
			.map((row) -> Arrays.stream(row).mapToObj(Double::toString).collect(Collectors.joining(", ", "[", "]")))
			.collect(Collectors.joining(", ", "[", "]"));
	}

}
