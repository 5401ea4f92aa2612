package com.mljudge.judge;

import com.mljudge.judge.internal.sandbox.HeldMemory;

/**
 * The memory limit of a thread the Java judge does not start itself (the Python runner's
 * sandbox thread), kept by the Java judge's own account (MEMORY.md): runs of either
 * language are measured against one baseline of the server's heap, and each is only
 * blamed for what none of the others can hold.
 */
public final class MemoryAccount {

	private final HeldMemory held;

	private MemoryAccount(HeldMemory held) {
		this.held = held;
	}

	/**
	 * The account of {@code thread}, opened later by the thread itself. On the server
	 * thread, before the run: it may measure the server's baseline with a full
	 * collection, which must not count against the run's CPU time.
	 */
	public static MemoryAccount of(Thread thread, long limitBytes) {
		return new MemoryAccount(new HeldMemory(thread.getId(), limitBytes));
	}

	/**
	 * On the thread itself, right before it runs the solution: what it allocates from
	 * here may be held by the run.
	 */
	public void open() {
		this.held.open();
	}

	/**
	 * Watchdog poll with the thread's allocated bytes
	 * ({@code ThreadMXBean.getThreadAllocatedBytes}): true when the run is proven to hold
	 * more than its limit.
	 */
	public boolean over(long allocatedBytes) {
		return this.held.over(allocatedBytes);
	}

	/** The run was killed: what it holds is on its way to being garbage. */
	public void dying() {
		this.held.dying();
	}

	/**
	 * The run ended, or was killed and would not stop: what it still holds counts as the
	 * server's from now on.
	 */
	public void close() {
		this.held.close();
	}

}
