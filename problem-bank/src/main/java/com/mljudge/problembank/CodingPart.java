package com.mljudge.problembank;

import java.util.List;

/**
 * What only coding problems have. {@code checkerSource} is the author's checker (run in
 * the judge's sandbox) for checker type custom, else null.
 */
public record CodingPart(String entryClass, Signature signature, CheckerSpec checker, ProblemLimits limits,
		List<TestSpec> tests, String starterSource, String referenceSource, List<WrongSolution> wrongSolutions,
		String checkerSource) {

	public CodingPart {
		tests = List.copyOf(tests);
		wrongSolutions = List.copyOf(wrongSolutions);
	}

	public List<TestSpec> sampleTests() {
		return this.tests.stream().filter(TestSpec::sample).toList();
	}

}
