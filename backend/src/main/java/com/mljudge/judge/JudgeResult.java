package com.mljudge.judge;

import java.util.List;

/**
 * The verdict of a submission: overall verdict, a 0-100 score from weighted tests, which
 * compiler ran ({@code "janino"} or {@code "javac"}, null when compilation did not
 * finish), per-test results, diagnostics (compile errors or rejections) and the bounded
 * standard output of the sample tests (hidden tests' output is never kept).
 */
public record JudgeResult(Verdict verdict, int score, String compiler, List<TestResult> tests,
		List<Diagnostic> diagnostics, String stdout) {

	public JudgeResult {
		tests = List.copyOf(tests);
		diagnostics = List.copyOf(diagnostics);
	}

}
