package com.mljudge.judge.internal.sandbox;

/**
 * Why the judge stopped a sandbox thread.
 */
public enum KillReason {

	CPU_TIME, WALL_TIME,
	/** Held more than the memory limit at once, or asked for more in one allocation. */
	MEMORY,
	/**
	 * Allocated far more in one call than any honest run (garbage included): a cap on the
	 * allocation rate against abuse, not the memory limit.
	 */
	ALLOCATION, OUTPUT, OUTSIDE_SANDBOX

}
