package com.mljudge.practice.internal;

import jakarta.persistence.Embeddable;

/**
 * What FSRS knows about one card: stability (days until recall probability falls to 90%)
 * and difficulty (1 to 10). Stored in a card and in each review log entry.
 */
@Embeddable
record Memory(double stability, double difficulty) {
}
