/**
 * The judge: compile a user's Java source in-process, verify its bytecode against an
 * allowlist, instrument it with budgets, run it test by test in a sandbox, and check its
 * outputs with ML-aware checkers. {@link com.mljudge.judge.Judge} is the entry point;
 * everything under {@code internal} is implementation.
 */
package com.mljudge.judge;
