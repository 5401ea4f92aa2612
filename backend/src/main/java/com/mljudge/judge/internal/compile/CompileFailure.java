package com.mljudge.judge.internal.compile;

import java.util.List;

import com.mljudge.judge.Diagnostic;

/**
 * The source did not compile (or was refused before compiling); {@code compiler} is null
 * when no compiler ran.
 */
public final class CompileFailure extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<Diagnostic> diagnostics;

	private final String compiler;

	public CompileFailure(String compiler, List<Diagnostic> diagnostics) {
		super(diagnostics.isEmpty() ? "compile error" : diagnostics.get(0).toString(), null, false, false);
		this.compiler = compiler;
		this.diagnostics = List.copyOf(diagnostics);
	}

	public List<Diagnostic> diagnostics() {
		return this.diagnostics;
	}

	public String compiler() {
		return this.compiler;
	}

}
