package com.mljudge.judge.internal.sandbox;

/**
 * What one sandbox thread had allocated before each recent collection, from samples of
 * its allocated bytes taken with the collectors' counts (see MEMORY.md, rule 2). The
 * collectors' notifications arrive late: in the build, 670 ms after the collection on a
 * loaded machine, while a run allocated 150 MB more. The thread's count when the
 * notification arrives is therefore not its count at the collection, and taking it as
 * such hid what the run allocated in between (a run holding 300 MB under 256 MiB was
 * accepted). A sample read before the counts, with the collector's count still below a
 * collection's number, was taken before that collection's pause: a lower bound of the
 * thread's allocation at it.
 */
final class AllocationSamples {

	/** Distinct collector counts remembered; older collections fall back to the start. */
	private static final int SIZE = 64;

	private final long[][] counts = new long[SIZE][];

	private final long[] allocated = new long[SIZE];

	private int newest = -1;

	private int size;

	/**
	 * {@code allocated} was read before {@link Heap#counts(long[])} filled
	 * {@code counts}; the caller may reuse {@code counts} afterwards.
	 */
	synchronized void sample(long allocated, long[] counts) {
		if (this.size > 0 && java.util.Arrays.equals(this.counts[this.newest], counts)) {
			this.allocated[this.newest] = Math.max(this.allocated[this.newest], allocated);
			return;
		}
		this.newest = (this.newest + 1) % SIZE;
		this.counts[this.newest] = counts.clone();
		this.allocated[this.newest] = allocated;
		this.size = Math.min(this.size + 1, SIZE);
	}

	/**
	 * The thread's allocated bytes at a moment before collection number {@code id} of
	 * collector {@code collector} (the latest such sample), or -1 when no sample is known
	 * to be that old.
	 */
	synchronized long before(int collector, long id) {
		for (int i = 0; i < this.size; i++) {
			int at = Math.floorMod(this.newest - i, SIZE);
			if (this.counts[at][collector] < id) {
				return this.allocated[at];
			}
		}
		return -1;
	}

}
