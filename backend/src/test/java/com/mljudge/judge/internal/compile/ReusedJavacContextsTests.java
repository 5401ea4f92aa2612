package com.mljudge.judge.internal.compile;

import java.util.Map;

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
			.as("--add-exports jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED is missing from the test JVM")
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
