package com.mljudge.judge.internal.compile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which sources go to Janino first, and that those sent straight to javac are ones Janino
 * rejects.
 */
class JaninoCompilerTests {

	private static final String ARRAYS_ONLY = """
			public class Solution {
			    public static double[] scale(double[] xs, double k) {
			        double[] out = new double[xs.length];
			        for (int i = 0; i < xs.length; i++) { out[i] = xs[i] * k; }
			        return out;
			    }
			}
			""";

	@Test
	void plainArrayCodeGoesToJanino() throws Exception {
		assertThat(JaninoCompiler.suits(ARRAYS_ONLY)).isTrue();
		assertThat(JaninoCompiler.compile("Solution.java", ARRAYS_ONLY)).containsKey("Solution");
		String castClone = "public class Solution { static double[] f(double[] a) { return (double[]) a.clone(); } }";
		assertThat(JaninoCompiler.suits(castClone)).isTrue();
		assertThat(JaninoCompiler.compile("Solution.java", castClone)).containsKey("Solution");
	}

	@Test
	void whatJaninoRejectsGoesStraightToJavac() {
		String[] sources = {
				"public class Solution { static double[] f(double[] a) { double[] c = a.clone(); return c; } }",
				"public class Solution { static double[] f(double[][] a) { return a[0].clone(); } }",
				"import java.util.*; public class Solution { static int f(List<Integer> l) { return l.get(0); } }",
				"public class Solution { static Runnable f() { return () -> { }; } }",
				"import java.util.*; public class Solution { static Object f(List<String> l) { return l.stream().map(String::trim).toList(); } }" };
		for (String source : sources) {
			assertThat(JaninoCompiler.suits(source)).as(source).isFalse();
			assertThat(JaninoCompiler.compile("Solution.java", source)).as("Janino on " + source).isNull();
		}
	}

}
