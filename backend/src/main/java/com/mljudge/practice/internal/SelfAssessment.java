package com.mljudge.practice.internal;

/** Turns the key points a learner ticks against the model answer into a review grade. */
final class SelfAssessment {

	private SelfAssessment() {
	}

	/**
	 * Every point covered is Easy; most of them (at least 60%) Good; some (at least 30%)
	 * Hard; fewer means the answer was not really known yet: Again.
	 */
	static Grade grade(int ticked, int keyPoints) {
		if (keyPoints <= 0) {
			throw new IllegalArgumentException("a rubric needs at least one key point");
		}
		double share = Math.min(ticked, keyPoints) / (double) keyPoints;
		if (share >= 1) {
			return Grade.EASY;
		}
		if (share >= 0.6) {
			return Grade.GOOD;
		}
		return (share >= 0.3) ? Grade.HARD : Grade.AGAIN;
	}

}
