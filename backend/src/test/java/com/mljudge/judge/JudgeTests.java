package com.mljudge.judge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JudgeTests {

	private static final Judge JUDGE = new Judge();

	private static final JudgeTask TASK = KMeansProblem.task(10);

	private static final ReferenceOutputs REFERENCE = JUDGE.computeReference(KMeansProblem.REFERENCE, TASK);

	@Test
	void acceptsTheReferenceCompiledByJanino() {
		JudgeResult result = JUDGE.judge(KMeansProblem.REFERENCE, TASK, REFERENCE);
		assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.ACCEPTED);
		assertThat(result.score()).isEqualTo(100);
		assertThat(result.compiler()).isEqualTo("janino");
		assertThat(result.tests()).hasSize(10);
	}

	@Test
	void acceptsModernJavaThroughJavac() {
		JudgeResult result = JUDGE.judge(KMeansProblem.MODERN, TASK, REFERENCE);
		assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.ACCEPTED);
		assertThat(result.compiler()).isEqualTo("javac");
	}

}
