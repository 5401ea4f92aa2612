package com.mljudge.judge.internal.run;

import java.lang.management.ManagementFactory;

import com.mljudge.judge.internal.sandbox.KillReason;
import com.mljudge.judge.internal.sandbox.SandboxThread;

/**
 * Watches one sandbox thread from the calling server thread: CPU time, wall time and allocated
 * bytes. Over a limit it raises the thread's kill flag (the next tick throws) and waits a grace
 * period for the thread to end.
 */
final class Watchdog {

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	private static final long POLL_MILLIS = 2;

	private final long graceMillis;

	Watchdog(long graceMillis) {
		this.graceMillis = graceMillis;
	}

	/** Returns true when the thread ended (by itself or after being killed), false when it leaked. */
	boolean watch(SandboxThread thread, long cpuMillis, long wallMillis, long allocationBytes)
			throws InterruptedException {
		long id = thread.getId();
		long start = System.nanoTime();
		long killedAt = 0;
		while (true) {
			thread.join(POLL_MILLIS);
			if (!thread.isAlive()) {
				return true;
			}
			long now = System.nanoTime();
			if (killedAt == 0) {
				KillReason reason = over(id, now - start, cpuMillis, wallMillis, allocationBytes);
				if (reason != null) {
					thread.kill(reason);
				}
				if (thread.killed() != null) {
					killedAt = now;
				}
			}
			else if (now - killedAt > this.graceMillis * 1_000_000) {
				return false;
			}
		}
	}

	private static KillReason over(long id, long wallNanos, long cpuMillis, long wallMillis, long allocationBytes) {
		long cpu = THREADS.getThreadCpuTime(id);
		if (cpu > cpuMillis * 1_000_000) {
			return KillReason.CPU_TIME;
		}
		if (wallNanos > wallMillis * 1_000_000) {
			return KillReason.WALL_TIME;
		}
		if (THREADS.getThreadAllocatedBytes(id) > allocationBytes) {
			return KillReason.MEMORY;
		}
		return null;
	}

}
