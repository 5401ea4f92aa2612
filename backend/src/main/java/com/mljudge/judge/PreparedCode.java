package com.mljudge.judge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.objectweb.asm.tree.ClassNode;

import com.mljudge.judge.internal.compile.CompileFailure;
import com.mljudge.judge.internal.compile.CompiledClasses;
import com.mljudge.judge.internal.compile.SourceCompiler;
import com.mljudge.judge.internal.instrument.Instrumenter;
import com.mljudge.judge.internal.verify.BytecodeVerifier;

/**
 * A source compiled, verified against the allowlist and instrumented: the only form in
 * which any code, a user's or an author's, is ever loaded by the judge.
 *
 * @param instrumented class name to instrumented bytes
 * @param compiler which compiler produced them
 */
record PreparedCode(Map<String, byte[]> instrumented, String compiler) {

	/** Why a source cannot run: the verdict it earns and what to tell its writer. */
	static final class Refused extends Exception {

		private static final long serialVersionUID = 1L;

		private final Verdict verdict;

		private final String compiler;

		private final transient List<Diagnostic> diagnostics;

		Refused(Verdict verdict, String compiler, List<Diagnostic> diagnostics) {
			super(verdict + " " + diagnostics, null, false, false);
			this.verdict = verdict;
			this.compiler = compiler;
			this.diagnostics = List.copyOf(diagnostics);
		}

		Verdict verdict() {
			return this.verdict;
		}

		String compiler() {
			return this.compiler;
		}

		List<Diagnostic> diagnostics() {
			return this.diagnostics;
		}

	}

	static PreparedCode prepare(SourceCompiler compiler, BytecodeVerifier verifier, Instrumenter instrumenter,
			String className, String source) throws Refused {
		CompiledClasses compiled;
		try {
			compiled = compiler.compile(className, source);
		}
		catch (CompileFailure failure) {
			Verdict verdict = failure.internal() ? Verdict.INTERNAL_ERROR : Verdict.COMPILE_ERROR;
			throw new Refused(verdict, failure.compiler(), failure.diagnostics());
		}
		Map<String, ClassNode> nodes = new LinkedHashMap<>();
		compiled.classes().forEach((name, bytes) -> nodes.put(name.replace('.', '/'), Instrumenter.read(bytes)));
		List<Diagnostic> violations = verifier.verify(nodes)
			.stream()
			.map((v) -> new Diagnostic(v.line(), 0, v.message()))
			.toList();
		if (!violations.isEmpty()) {
			throw new Refused(Verdict.REJECTED, compiled.compiler(), violations);
		}
		Map<String, byte[]> instrumented = new LinkedHashMap<>();
		nodes.forEach((name, node) -> instrumented.put(name.replace('/', '.'), instrumenter.instrument(node)));
		return new PreparedCode(Map.copyOf(instrumented), compiled.compiler());
	}

}
