package com.mljudge.python;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The memory limit of a Python run, approximately (PYTHON.md says how far): what the run
 * allocated bounds what it holds from above, so nothing is measured until it allocated
 * more than its limit; then a full collection gives the live heap, and the run is over
 * when the live heap less the server's baseline, capped by its allocation, is over limit
 * plus a margin. GraalPy community has no per-context heap limit (its
 * {@code sandbox.MaxHeapMemory} is Oracle GraalVM only).
 */
final class LiveHeap {

	private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

	private static final long BASELINE_MAX_AGE_NANOS = 5_000_000_000L;

	private static long baseline = -1;

	private static long measuredAt;

	private static int open;

	private final long limit;

	private final long margin;

	private final long start;

	private long nextCheck;

	LiveHeap(long limit) {
		this.limit = limit;
		this.margin = Math.max(limit / 32, 1 << 20);
		this.nextCheck = limit + this.margin;
		this.start = freshBaseline();
	}

	/**
	 * The server's heap without runs, measured with a full collection when no Python run
	 * is open and the last measurement is old.
	 */
	private static synchronized long freshBaseline() {
		if (open == 0 && (baseline < 0 || System.nanoTime() - measuredAt > BASELINE_MAX_AGE_NANOS)) {
			System.gc();
			baseline = MEMORY.getHeapMemoryUsage().getUsed();
			measuredAt = System.nanoTime();
		}
		open++;
		return baseline;
	}

	void close() {
		synchronized (LiveHeap.class) {
			open--;
		}
	}

	/** Watchdog poll; {@code allocated} is what the run allocated since it started. */
	boolean over(long allocated) {
		if (allocated < this.nextCheck) {
			return false;
		}
		// The heap in use now (garbage included) bounds the live heap from above for
		// free; only when that cannot clear the run is a full collection forced. A
		// run that makes much garbage would otherwise force one every few hundred MB.
		long ceiling = this.limit + this.margin;
		long cheap = Math.min(allocated, Math.max(0, MEMORY.getHeapMemoryUsage().getUsed() - this.start));
		if (cheap <= ceiling) {
			this.nextCheck = allocated + Math.max(this.limit / 4, ceiling - cheap);
			return false;
		}
		long held = held(allocated);
		if (held > this.limit + this.margin) {
			// A kill is final: confirm on a collection of its own.
			held = held(allocated);
		}
		if (held > this.limit + this.margin) {
			return true;
		}
		// After a forced collection, the next one only after another limit's worth.
		this.nextCheck = allocated + Math.max(this.limit, ceiling - held);
		return false;
	}

	private long held(long allocated) {
		System.gc();
		long live = MEMORY.getHeapMemoryUsage().getUsed();
		return Math.min(allocated, Math.max(0, live - this.start));
	}

}
