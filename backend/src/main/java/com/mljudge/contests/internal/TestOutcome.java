package com.mljudge.contests.internal;

/**
 * One test of a judged submission as the contest keeps it: enough to score it on any
 * subset of tests.
 */
record TestOutcome(String name, boolean sample, int weight, boolean passed) {
}
