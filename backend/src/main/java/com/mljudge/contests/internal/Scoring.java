package com.mljudge.contests.internal;

/** How a contest ranks its contestants. */
enum Scoring {

	/**
	 * Problems solved, then penalty minutes (time to the first accept plus 20 per
	 * rejected try before it).
	 */
	ICPC,

	/**
	 * Sum of the best score on each problem, ties broken by who reached the total first.
	 */
	POINTS

}
