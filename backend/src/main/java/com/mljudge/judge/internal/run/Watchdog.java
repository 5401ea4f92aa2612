package com.mljudge.judge.internal.run;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.mljudge.judge.SolutionTime;
import com.mljudge.judge.internal.sandbox.KillReason;
import com.mljudge.judge.internal.sandbox.SandboxThread;

/**
 * Watches one call on a sandbox thread from the calling server thread: CPU time (see
 * {@link SolutionTime}), wall time, the memory the thread holds and the bytes it
 * allocates. Over a limit it raises the thread's kill flag (the next tick throws) and
 * waits a grace period for the call to end.
 */
final class Watchdog {

	/**
	 * Bytes one call may allocate in total, garbage included: a cap against abuse of the
	 * collector, not the memory limit (which counts what is held). Far above what a run
	 * allocates within the bank's CPU limits: on an idle machine a solution that pads a
	 * copy inside its loop allocated 16 GiB in 1.5 s of CPU (11 GiB/s), and was given
	 * this cap's verdict instead of its TIME_LIMIT_EXCEEDED when the cap was 16 GiB.
	 */
	static final long ALLOCATION_CAP = 128L << 30;

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	private static final long POLL_MILLIS = 2;

	private final long graceMillis;

	private long cpuNanos;

	Watchdog(long graceMillis) {
		this.graceMillis = graceMillis;
	}

	/**
	 * Watches one call on {@code thread}, which has not been handed it yet: {@code begin}
	 * hands it over once the thread's CPU time and allocation so far are noted, so the
	 * limits count this call's share only. Returns true when the call ended (by itself or
	 * after a kill), false when the thread would not stop.
	 */
	boolean watch(SandboxThread thread, CountDownLatch ended, Runnable begin, long cpuMillis, long wallMillis)
			throws InterruptedException {
		long id = thread.getId();
		long cpuStart = Math.max(0, THREADS.getThreadCpuTime(id));
		long userStart = SolutionTime.userStart(id);
		long allocatedStart = Math.max(0, THREADS.getThreadAllocatedBytes(id));
		long start = System.nanoTime();
		this.cpuNanos = 0;
		begin.run();
		long killedAt = 0;
		try {
			while (true) {
				if (ended.await(POLL_MILLIS, TimeUnit.MILLISECONDS) || !thread.isAlive()) {
					return true;
				}
				long now = System.nanoTime();
				if (killedAt == 0) {
					long cpu = THREADS.getThreadCpuTime(id) - cpuStart;
					if (cpu > cpuMillis * 1_000_000) {
						cpu = SolutionTime.charged(id, cpu, userStart);
					}
					this.cpuNanos = Math.max(this.cpuNanos, cpu);
					long allocated = THREADS.getThreadAllocatedBytes(id);
					KillReason reason = over(cpu, now - start, cpuMillis, wallMillis);
					if (reason == null && allocated - allocatedStart > ALLOCATION_CAP) {
						reason = KillReason.ALLOCATION;
					}
					if (reason == null && thread.memory().over(allocated)) {
						reason = KillReason.MEMORY;
					}
					if (reason != null) {
						thread.kill(reason);
					}
					if (thread.killed() != null) {
						// The grace starts now: a heap measurement may have taken a
						// while.
						killedAt = System.nanoTime();
					}
				}
				else if (now - killedAt > this.graceMillis * 1_000_000) {
					return false;
				}
			}
		}
		finally {
			long cpu = THREADS.getThreadCpuTime(id);
			// -1 once the thread has ended (a kill ends it): the last poll's figure.
			this.cpuNanos = (cpu >= 0) ? SolutionTime.charged(id, cpu - cpuStart, userStart) : this.cpuNanos;
			this.cpuNanos = Math.max(0, this.cpuNanos);
		}
	}

	/** CPU time of the last watched call, the time its limit counts. */
	long cpuNanos() {
		return this.cpuNanos;
	}

	private static KillReason over(long cpuNanos, long wallNanos, long cpuMillis, long wallMillis) {
		if (cpuNanos > cpuMillis * 1_000_000) {
			return KillReason.CPU_TIME;
		}
		if (wallNanos > wallMillis * 1_000_000) {
			return KillReason.WALL_TIME;
		}
		return null;
	}

}
