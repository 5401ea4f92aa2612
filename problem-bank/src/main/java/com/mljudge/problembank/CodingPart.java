package com.mljudge.problembank;

import java.util.List;

/**
 * What only coding problems have. {@code checkerSource} is the author's checker (run in
 * the judge's sandbox) for checker type custom, else null. {@code acceptedSolutions} are
 * the slow but acceptable ones the limits must let through. {@code python} is null until
 * the problem has Python solutions.
 */
public record CodingPart(String entryClass, Signature signature, CheckerSpec checker, ProblemLimits limits,
		List<TestSpec> tests, String starterSource, String referenceSource, List<WrongSolution> wrongSolutions,
		List<AcceptedSolution> acceptedSolutions, String checkerSource, PythonSolutions python) {

	public CodingPart {
		tests = List.copyOf(tests);
		wrongSolutions = List.copyOf(wrongSolutions);
		acceptedSolutions = List.copyOf(acceptedSolutions);
	}

	public List<TestSpec> sampleTests() {
		return this.tests.stream().filter(TestSpec::sample).toList();
	}

}
