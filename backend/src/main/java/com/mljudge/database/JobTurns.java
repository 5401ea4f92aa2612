package com.mljudge.database;

import java.time.Duration;

/**
 * Periodic work done once across every instance on this database: each instance schedules
 * the job, and before each run asks for its turn; only the first to ask in a period gets
 * it. A run that fails is not retried before the next period.
 */
public interface JobTurns {

	/**
	 * Whether this instance runs {@code job} now: true for the first caller on any
	 * instance, then false for everyone until {@code period} has passed (by the
	 * database's clock, the same for all instances).
	 */
	boolean take(String job, Duration period);

}
