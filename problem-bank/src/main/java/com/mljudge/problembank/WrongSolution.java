package com.mljudge.problembank;

/**
 * A known-wrong solution: its file (relative to the problem folder), its source and the
 * verdict it must get.
 */
public record WrongSolution(String file, String source, ExpectedVerdict expected, String why) {
}
