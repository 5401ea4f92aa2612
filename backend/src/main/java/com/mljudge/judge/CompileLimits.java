package com.mljudge.judge;

/**
 * Limits checked before and while compiling a source: its size in bytes (UTF-8), how
 * deeply brackets may nest, and how long a compiler may run.
 */
public record CompileLimits(int maxSourceBytes, int maxNestingDepth, long timeoutMillis) {

	public static CompileLimits defaults() {
		return new CompileLimits(64 << 10, 64, 10_000);
	}

}
