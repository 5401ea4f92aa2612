package com.mljudge.problembank;

import java.util.List;

/**
 * Our Python solutions of a coding problem ({@code python/} in its folder): one that must
 * be accepted, written like the Java reference, and known-wrong ones with the verdicts
 * they must get. Null on a {@link CodingPart} that has none yet.
 */
public record PythonSolutions(String solutionSource, List<WrongSolution> wrongSolutions) {

	/** Where the accepted one lives in the problem folder. */
	public static final String SOLUTION_FILE = "python/solution.py";

	public PythonSolutions {
		wrongSolutions = List.copyOf(wrongSolutions);
	}

}
