package com.mljudge.judge.internal.sandbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's baseline follows the server's heap down as well as up: memory the server
 * let go of after a baseline was taken must not hide what a run holds (see MEMORY.md).
 */
class HeapTests {

	private static final long MB = 1 << 20;

	/** Held by "the server" while a baseline is measured, then dropped. */
	private static byte[][] serverCache;

	@Test
	void aBaselineTakenWhileTheServerHeldMoreIsLoweredByTheNextCollection() {
		Heap heap = Heap.SHARED;
		serverCache = new byte[100][];
		for (int i = 0; i < serverCache.length; i++) {
			serverCache[i] = new byte[1 << 20];
		}
		heap.rebase();
		long withCache = heap.baseline();
		serverCache = null;
		heap.measure(System.nanoTime());
		assertThat(heap.baseline()).isLessThan(withCache - 90 * MB);
	}

	@Test
	void aFullCollectionRaisesABaselineBelowWhatTheServerProvablyHolds() {
		Heap heap = Heap.SHARED;
		heap.rebase();
		long before = heap.baseline();
		// A full collection found 100 MB more live than the baseline while the open runs
		// had allocated 30 MB in all: at least 70 MB of it is the server's.
		heap.atLeast(before + 100 * MB, 30 * MB);
		assertThat(heap.baseline()).isEqualTo(before + 70 * MB);
		heap.atLeast(before, 30 * MB);
		assertThat(heap.baseline()).as("never lowered by this rule").isEqualTo(before + 70 * MB);
		heap.rebase();
	}

}
