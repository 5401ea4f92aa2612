package com.mljudge.judge.internal.compile;

import com.mljudge.judge.CompileLimits;
import com.mljudge.judge.Diagnostic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The compiler threads: a compile past its timeout is refused, and the compiles after it
 * still run.
 */
class SourceCompilerTests {

	@Test
	void aCompilePastItsTimeoutIsRefusedAndTheNextCompilesStillRun() throws Exception {
		StringBuilder source = new StringBuilder("import java.util.*;\npublic class Solution {\n");
		for (int i = 0; i < 400; i++) {
			source.append("    static List<Integer> m")
				.append(i)
				.append("(int x) { List<Integer> l = new ArrayList<>();")
				.append(" l.add(x + ")
				.append(i)
				.append("); return l; }\n");
		}
		source.append("}\n");
		SourceCompiler hurried = new SourceCompiler(new CompileLimits(64 << 10, 64, 1));
		assertThatThrownBy(() -> hurried.compileWithJavac("Solution", source.toString())).isInstanceOfSatisfying(
				CompileFailure.class, (failure) -> assertThat(failure.diagnostics()).extracting(Diagnostic::message)
					.containsExactly("compilation took more than 1 ms of CPU time"));

		SourceCompiler compiler = new SourceCompiler(CompileLimits.defaults());
		for (int i = 0; i < 3; i++) {
			assertThat(compiler.compileWithJavac("Solution", source.toString()).classes()).containsKey("Solution");
			assertThat(compiler
				.compile("Solution", "public class Solution { static int f(int x) { return x + " + i + "; } }")
				.classes()).containsKey("Solution");
		}
	}

}
