package com.mljudge.submissions.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading the judge's runtime-error text back into exception, message and the user's
 * frames.
 */
class RuntimeErrorReportTests {

	@Test
	void readsExceptionMessageAndFramesInOrder() {
		RuntimeErrorReport report = RuntimeErrorReport.parse("java.lang.ArithmeticException: / by zero\n"
				+ "    at Solution.helper(Solution.java:7)\n    at Solution.cluster(Solution.java:3)");
		assertThat(report.exception()).isEqualTo("java.lang.ArithmeticException");
		assertThat(report.message()).isEqualTo("/ by zero");
		assertThat(report.frames()).containsExactly(new RuntimeErrorReport.Frame("Solution", "helper", 7),
				new RuntimeErrorReport.Frame("Solution", "cluster", 3));
		assertThat(report.frames().get(0).place()).isEqualTo("Solution.helper line 7");
	}

	@Test
	void keepsAMessageThatSpansLinesAndFramesWithoutLineNumbers() {
		RuntimeErrorReport report = RuntimeErrorReport.parse("java.lang.IllegalStateException: first\nsecond\n"
				+ "    at Solution$Node.<init>(Unknown Source)\n    at Solution.lambda$fit$0(Solution.java:12)");
		assertThat(report.message()).isEqualTo("first\nsecond");
		assertThat(report.frames()).containsExactly(new RuntimeErrorReport.Frame("Solution$Node", "<init>", 0),
				new RuntimeErrorReport.Frame("Solution", "lambda$fit$0", 12));
		assertThat(report.frames().get(0).place()).isEqualTo("Solution$Node.<init>");
	}

	@Test
	void readsAPythonExceptionWithItsFunctionsAndLines() {
		RuntimeErrorReport report = RuntimeErrorReport.parse(
				"ZeroDivisionError: division by zero\n    at half (line 2)\n    at total (line 5)\n    at <module> (line 7)");
		assertThat(report.exception()).isEqualTo("ZeroDivisionError");
		assertThat(report.message()).isEqualTo("division by zero");
		assertThat(report.frames()).containsExactly(new RuntimeErrorReport.Frame(null, "half", 2),
				new RuntimeErrorReport.Frame(null, "total", 5), new RuntimeErrorReport.Frame(null, "<module>", 7));
		assertThat(report.frames().get(0).place()).isEqualTo("half line 2");
	}

	@Test
	void aDeepPythonRecursionKeepsTheFramesTheRunnerKept() {
		RuntimeErrorReport report = RuntimeErrorReport.parse("RecursionError: maximum recursion depth exceeded\n"
				+ "    at down (line 2)\n    at down (line 2)\n    at ... 998 more");
		assertThat(report.exception()).isEqualTo("RecursionError");
		assertThat(report.frames()).hasSize(2).allMatch((f) -> f.line() == 2);
	}

	@Test
	void plainTextIsNotAPythonException() {
		assertThat(RuntimeErrorReport.parse("Killed after 1000 ms of CPU time")).isNull();
	}

	@Test
	void anExceptionWithoutMessageOrFramesIsStillAReport() {
		RuntimeErrorReport report = RuntimeErrorReport.parse("java.lang.NullPointerException");
		assertThat(report.exception()).isEqualTo("java.lang.NullPointerException");
		assertThat(report.message()).isNull();
		assertThat(report.frames()).isEmpty();
	}

	@Test
	void textThatIsNotAnExceptionIsLeftAlone() {
		assertThat(RuntimeErrorReport.parse("user code ran outside the sandbox")).isNull();
		assertThat(RuntimeErrorReport.parse(null)).isNull();
	}

}
