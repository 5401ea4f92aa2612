package com.mljudge.judge.internal.compile;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * javac contexts are reused between compiles (the build starts test JVMs with the export
 * they need, as the jar's manifest does for {@code java -jar}); nothing of one compile
 * may show in the next.
 */
class ReusedJavacContextsTests {

	@Test
	void theBuildStartsTheJvmWithTheExportTheReuseNeeds() {
		assertThat(ReusedJavacContexts.available())
			.as("--add-exports jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED (and .code) is missing from the test JVM")
			.isTrue();
	}

	@Test
	void theSameClassNameCompiledAgainHasTheNewSource() throws Exception {
		for (int value = 1; value <= 3; value++) {
			Map<String, byte[]> classes = JavacCompiler.compile("Solution.java",
					"public class Solution { public static int value() { return " + value + "; } }");
			assertThat(call(classes, "Solution", "value")).isEqualTo(value);
		}
	}

	@Test
	void aClassFromAnEarlierCompileCannotBeNamedByTheNextOne() throws Exception {
		Map<String, byte[]> first = JavacCompiler.compile("Solution.java",
				"public class Solution { static int f() { return Helper.ANSWER; } }\nclass Helper { static final int ANSWER = 42; }");
		assertThat(first).containsKeys("Solution", "Helper");
		// Compiled again and again, in case another context of the pool took the first
		// compile.
		for (int i = 0; i < 4; i++) {
			assertThatExceptionOfType(CompileFailure.class)
				.isThrownBy(() -> JavacCompiler.compile("Solution.java",
						"public class Solution { static int f() { return Helper.ANSWER; } }"))
				.satisfies((failure) -> assertThat(failure.diagnostics()).anySatisfy((d) -> {
					assertThat(d.line()).isEqualTo(1);
					assertThat(d.message()).contains("cannot find symbol");
				}));
		}
	}

	@Test
	void aSourceThatFailsLeavesTheContextUsable() throws Exception {
		assertThatExceptionOfType(CompileFailure.class).isThrownBy(
				() -> JavacCompiler.compile("Solution.java", "public class Solution { int f() { return \"no\"; } }"))
			.satisfies((failure) -> assertThat(failure.diagnostics()).singleElement()
				.satisfies((d) -> assertThat(d.message()).contains("incompatible types")));
		assertThatExceptionOfType(CompileFailure.class)
			.isThrownBy(() -> JavacCompiler.compile("Solution.java", "package java.util; public class Solution { }"));
		Map<String, byte[]> classes = JavacCompiler.compile("Solution.java",
				"import java.util.*;\npublic class Solution { public static int value() { List<Integer> l = new ArrayList<>(List.of(4, 5)); return l.stream().mapToInt(Integer::intValue).sum(); } }");
		assertThat(call(classes, "Solution", "value")).isEqualTo(9);
	}

	@Test
	void aNestedRecordDoesNotBreakALaterRecordOfTheSameName() throws Exception {
		String coords = "public class Solution { record Point(double[] coords) { }"
				+ " static int f() { return new Point(new double[2]).coords().length; } }";
		String xy = "public class Solution { record Point(int x, int y) { }"
				+ " static int f() { return new Point(3, 4).x() + new Point(3, 4).y(); } }";
		for (int round = 0; round < 3; round++) {
			assertThat(call(JavacCompiler.compile("Solution.java", coords), "Solution", "f")).isEqualTo(2);
			assertThat(call(JavacCompiler.compile("Solution.java", xy), "Solution", "f")).isEqualTo(7);
		}
	}

	@Test
	void everySourceCompilesAsInAFreshContextWhateverWasCompiledBefore() throws Exception {
		List<String> corpus = CompileCorpus.SOURCES;
		assertThat(corpus).hasSizeGreaterThanOrEqualTo(30);
		Map<String, String> fresh = new TreeMap<>();
		for (String source : corpus) {
			fresh.put(source, outcome(() -> JavacCompiler.compileInFreshContext("Solution.java", source)));
		}
		assertThat(fresh.values()).filteredOn((o) -> o.startsWith("compiled")).hasSizeGreaterThanOrEqualTo(25);
		for (long seed : new long[] { 1, 2, 3, 4 }) {
			List<String> order = new ArrayList<>(corpus);
			Collections.shuffle(order, new Random(seed));
			// Each source twice in a row too: the second may land in the context the
			// first just used.
			for (String source : order) {
				for (int i = 0; i < 2; i++) {
					assertThat(outcome(() -> JavacCompiler.compile("Solution.java", source)))
						.as("seed %d, source:%n%s", seed, source)
						.isEqualTo(fresh.get(source));
				}
			}
		}
	}

	@Test
	void aPackageOneSourceDeclaredDoesNotExistForTheNext() throws Exception {
		assertThat(JavacCompiler.compile("Solution.java", "package org.example.only; public class Solution { }"))
			.containsKey("org.example.only.Solution");
		for (int i = 0; i < 3; i++) {
			assertThatExceptionOfType(CompileFailure.class)
				.isThrownBy(() -> JavacCompiler.compile("Solution.java",
						"import org.example.only.*; public class Solution { }"))
				.satisfies((failure) -> assertThat(failure.diagnostics())
					.anySatisfy((d) -> assertThat(d.message()).contains("does not exist")));
		}
	}

	@Test
	void aCompilerFaultInAReusedContextIsCompiledAgainInAFreshOne() throws Exception {
		AtomicInteger reads = new AtomicInteger();
		JavaFileObject failsOnce = faulty("public class Solution { static int f() { return 5; } }", reads, 1);
		Map<String, byte[]> classes = JavacCompiler.compile(failsOnce, List.of());
		assertThat(call(classes, "Solution", "f")).isEqualTo(5);
		assertThat(reads).hasValue(2);
	}

	@Test
	void aCompilerFaultOnEveryTryIsAnInternalFailureNotACompileError() {
		JavaFileObject alwaysFails = faulty("public class Solution { }", new AtomicInteger(), Integer.MAX_VALUE);
		assertThatExceptionOfType(CompileFailure.class).isThrownBy(() -> JavacCompiler.compile(alwaysFails, List.of()))
			.satisfies((failure) -> {
				assertThat(failure.internal()).isTrue();
				assertThat(failure.diagnostics()).singleElement()
					.satisfies((d) -> assertThat(d.message())
						.contains("a fault in the compiler, not an error in your code"));
			});
		assertThatExceptionOfType(CompileFailure.class).isThrownBy(
				() -> JavacCompiler.compile("Solution.java", "public class Solution { int f() { return \"no\"; } }"))
			.satisfies((failure) -> assertThat(failure.internal()).isFalse());
	}

	/**
	 * A source whose reading throws the first {@code faults} times, the way a fault
	 * inside javac ends a compile: without a diagnostic about the source.
	 */
	private static JavaFileObject faulty(String source, AtomicInteger reads, int faults) {
		return new SimpleJavaFileObject(URI.create("string:///Solution.java"), JavaFileObject.Kind.SOURCE) {
			@Override
			public CharSequence getCharContent(boolean ignoreEncodingErrors) {
				if (reads.incrementAndGet() <= faults) {
					throw new IllegalStateException("simulated compiler fault");
				}
				return source;
			}
		};
	}

	private interface Compile {

		Map<String, byte[]> run() throws CompileFailure;

	}

	/** The class files by name (with a digest of their bytes), or the diagnostics. */
	private static String outcome(Compile compile) {
		try {
			Map<String, String> classes = new TreeMap<>();
			compile.run().forEach((name, bytes) -> classes.put(name, Integer.toHexString(Arrays.hashCode(bytes))));
			return "compiled " + classes;
		}
		catch (CompileFailure failure) {
			return (failure.internal() ? "internal " : "errors ") + failure.diagnostics();
		}
	}

	private static Object call(Map<String, byte[]> classes, String name, String method) throws Exception {
		ClassLoader loader = new ClassLoader(ClassLoader.getPlatformClassLoader()) {
			@Override
			protected Class<?> findClass(String className) throws ClassNotFoundException {
				byte[] bytes = classes.get(className);
				if (bytes == null) {
					throw new ClassNotFoundException(className);
				}
				return defineClass(className, bytes, 0, bytes.length);
			}
		};
		java.lang.reflect.Method m = loader.loadClass(name).getDeclaredMethod(method);
		m.setAccessible(true);
		return m.invoke(null);
	}

}
