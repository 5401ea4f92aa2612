package com.mljudge.problems;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.mljudge.judge.Judge;
import com.mljudge.problembank.ProblemBank;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bank checks itself through the real judge with the same {@link ProblemValidation}
 * that guards publishing in the browser: every reference scores 100, every known-wrong
 * solution gets its expected verdict, every starter compiles and does not pass, every
 * Markdown file renders. A failure names the problem and the check.
 */
class ProblemBankSelfCheckTests {

	private static final ProblemBank BANK = ProblemBank.loadFromClasspath();

	private static final ProblemValidation VALIDATION = new ProblemValidation(new Judge());

	@Test
	void theBankHasCodingProblems() {
		assertThat(BANK.codingProblems()).isNotEmpty();
	}

	@TestFactory
	Stream<DynamicTest> everyProblemChecksOut() {
		return BANK.problems().stream().map((problem) -> DynamicTest.dynamicTest(problem.slug(), () -> {
			ProblemValidation.Report report = VALIDATION.validate(problem);
			assertThat(report.failures())
				.as("%s: %s", problem.slug(),
						report.failures()
							.stream()
							.map((c) -> c.name() + ": " + c.message())
							.collect(Collectors.joining("; ")))
				.isEmpty();
			assertThat(report.passed()).isTrue();
		}));
	}

}
