package com.mljudge.problems;

import com.mljudge.problembank.Problem;

/**
 * A problem as the catalog serves it, with its published version: 0 is the bank's own,
 * unedited.
 */
public record ProblemVersion(Problem problem, int version) {

	public static final int BANK = 0;

}
