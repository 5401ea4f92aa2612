package com.mljudge.practice.internal;

/**
 * What FSRS knows about one card: stability (days until recall probability falls to 90%)
 * and difficulty (1 to 10).
 */
record Memory(double stability, double difficulty) {
}
