package com.mljudge.judge;

/**
 * The rule that keeps the server's heap from running out whatever the judge runs (see
 * MEMORY.md): the heap must hold what the server itself needs, plus, for every worker
 * running a submission at once, twice its memory limit (a run is stopped once it holds
 * more than its limit, but it may ask for one allocation of up to its limit first).
 */
public record MemorySizing(int workers, long memoryLimitBytes, long maxHeapBytes) {

	/** What the web, the caches and the judge's own state need beside the runs. */
	static final long SERVER_HEADROOM = 384L << 20;

	long neededBytes() {
		return SERVER_HEADROOM + 2L * this.workers * this.memoryLimitBytes;
	}

	public boolean fits() {
		return this.maxHeapBytes >= neededBytes();
	}

	/** The most workers this heap can run at once under the rule. */
	public int workersThatFit() {
		return (int) Math.max(0, (this.maxHeapBytes - SERVER_HEADROOM) / (2 * this.memoryLimitBytes));
	}

	public String describe() {
		return "%d judge worker(s) x 2 x %d MiB memory limit + %d MiB for the server = %d MiB; the heap's maximum is %d MiB"
			.formatted(this.workers, this.memoryLimitBytes >> 20, SERVER_HEADROOM >> 20, neededBytes() >> 20,
					this.maxHeapBytes >> 20);
	}

}
