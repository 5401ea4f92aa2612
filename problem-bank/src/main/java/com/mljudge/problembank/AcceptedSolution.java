package com.mljudge.problembank;

/**
 * A slow but acceptable solution: its file (relative to the problem folder), its source
 * and why it is written that way. The self-check requires it to score 100.
 */
public record AcceptedSolution(String file, String source, String why) {
}
