package com.mljudge.judge.internal.compile;

import java.util.List;

import com.mljudge.judge.Diagnostic;

/**
 * The source did not compile (or was refused before compiling); {@code compiler} is null
 * when no compiler ran. {@link #internal()} failures are the compiler's fault, not the
 * source's: the judge answers them with INTERNAL_ERROR, never COMPILE_ERROR.
 */
public final class CompileFailure extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<Diagnostic> diagnostics;

	private final String compiler;

	private final boolean internal;

	public CompileFailure(String compiler, List<Diagnostic> diagnostics) {
		this(compiler, diagnostics, false);
	}

	private CompileFailure(String compiler, List<Diagnostic> diagnostics, boolean internal) {
		super(diagnostics.isEmpty() ? "compile error" : diagnostics.get(0).toString(), null, false, false);
		this.compiler = compiler;
		this.diagnostics = List.copyOf(diagnostics);
		this.internal = internal;
	}

	/** The compiler itself failed on a source; says so to the user. */
	public static CompileFailure internal(String compiler, String message) {
		return new CompileFailure(compiler, List.of(new Diagnostic(0, 0, message)), true);
	}

	public boolean internal() {
		return this.internal;
	}

	public List<Diagnostic> diagnostics() {
		return this.diagnostics;
	}

	public String compiler() {
		return this.compiler;
	}

}
