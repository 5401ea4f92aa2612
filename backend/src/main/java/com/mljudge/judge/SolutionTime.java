package com.mljudge.judge;

import java.lang.management.ManagementFactory;

/**
 * A test's time: the CPU time of the solution's thread in user mode (JUDGE.md, "Time").
 * Sandboxed code makes no system calls of its own; the kernel time on its thread was the
 * zeroing of heap pages the JVM took back after the judge's own full collections. Linux
 * reports user time in 10 ms ticks, read from /proc, so callers take the thread's total
 * CPU time (exact and cheap) and ask for its user-mode share only when that total is over
 * the limit, and once at the end.
 */
public final class SolutionTime {

	/** The step of the user-mode clock on Linux: a clock tick. */
	private static final long USER_CLOCK_NANOS = 10_000_000;

	private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private SolutionTime() {
	}

	/**
	 * The thread's user-mode CPU time now, to pass back to {@link #charged}; -1 when the
	 * JVM does not measure it.
	 */
	public static long userStart(long threadId) {
		return THREADS.getThreadUserTime(threadId);
	}

	/**
	 * What counts of {@code cpu}, the thread's CPU time since {@code userStart} was read:
	 * its user-mode time, rounded up to the clock's step and never above {@code cpu}.
	 */
	public static long charged(long threadId, long cpu, long userStart) {
		long user = THREADS.getThreadUserTime(threadId);
		if (userStart < 0 || user < 0) {
			return cpu;
		}
		return Math.min(cpu, user - userStart + USER_CLOCK_NANOS);
	}

}
