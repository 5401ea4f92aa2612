package com.mljudge.judge.internal.run;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.mljudge.judge.internal.sandbox.KillReason;
import com.mljudge.judge.internal.sandbox.SandboxThread;

/**
 * Watches one call on a sandbox thread from the calling server thread: CPU time, wall
 * time and allocated bytes of that call. Over a limit it raises the thread's kill flag
 * (the next tick throws) and waits a grace period for the call to end.
 */
final class Watchdog {

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	private static final long POLL_MILLIS = 2;

	private final long graceMillis;

	Watchdog(long graceMillis) {
		this.graceMillis = graceMillis;
	}

	/**
	 * Watches one call on {@code thread}, which has not been handed it yet: {@code begin}
	 * hands it over once the thread's CPU time and allocation so far are noted, so the
	 * limits count this call's share only. Returns true when the call ended (by itself or
	 * after a kill), false when the thread would not stop.
	 */
	boolean watch(SandboxThread thread, CountDownLatch ended, Runnable begin, long cpuMillis, long wallMillis,
			long allocationBytes) throws InterruptedException {
		long id = thread.getId();
		long cpuStart = Math.max(0, THREADS.getThreadCpuTime(id));
		long allocatedStart = Math.max(0, THREADS.getThreadAllocatedBytes(id));
		long start = System.nanoTime();
		begin.run();
		long killedAt = 0;
		while (true) {
			if (ended.await(POLL_MILLIS, TimeUnit.MILLISECONDS) || !thread.isAlive()) {
				return true;
			}
			long now = System.nanoTime();
			if (killedAt == 0) {
				KillReason reason = over(THREADS.getThreadCpuTime(id) - cpuStart, now - start,
						THREADS.getThreadAllocatedBytes(id) - allocatedStart, cpuMillis, wallMillis, allocationBytes);
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

	private static KillReason over(long cpuNanos, long wallNanos, long allocated, long cpuMillis, long wallMillis,
			long allocationBytes) {
		if (cpuNanos > cpuMillis * 1_000_000) {
			return KillReason.CPU_TIME;
		}
		if (wallNanos > wallMillis * 1_000_000) {
			return KillReason.WALL_TIME;
		}
		if (allocated > allocationBytes) {
			return KillReason.MEMORY;
		}
		return null;
	}

}
