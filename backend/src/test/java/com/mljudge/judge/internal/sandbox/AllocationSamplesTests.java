package com.mljudge.judge.internal.sandbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A collection reported late is paired with what the run had allocated before it, not
 * with what it has allocated by the time the report arrives (see MEMORY.md, rule 2).
 */
class AllocationSamplesTests {

	@Test
	void theLatestSampleTakenBeforeTheCollectionIsItsLowerBound() {
		AllocationSamples samples = new AllocationSamples();
		samples.sample(100, new long[] { 4, 1 });
		samples.sample(150, new long[] { 4, 1 });
		samples.sample(200, new long[] { 5, 1 });
		samples.sample(300, new long[] { 6, 1 });
		// Young collection number 5 ended after the last sample counting 4: 150.
		assertThat(samples.before(0, 5)).isEqualTo(150);
		assertThat(samples.before(0, 6)).isEqualTo(200);
		assertThat(samples.before(0, 7)).isEqualTo(300);
		// Old collection number 2 came after every sample.
		assertThat(samples.before(1, 2)).isEqualTo(300);
		// Old collection number 1 came before every sample: nothing is known to be older.
		assertThat(samples.before(1, 1)).isEqualTo(-1);
	}

	@Test
	void aCollectionOlderThanEveryRememberedSampleIsNotGuessed() {
		AllocationSamples samples = new AllocationSamples();
		for (int i = 0; i < 200; i++) {
			samples.sample(i * 10L, new long[] { i });
		}
		assertThat(samples.before(0, 199)).isEqualTo(1980);
		assertThat(samples.before(0, 10)).isEqualTo(-1);
	}

	@Test
	void aLateReportDoesNotHideWhatTheRunAllocatedSinceTheCollection() {
		HeldMemory held = new HeldMemory(Thread.currentThread().getId(), 256L << 20);
		held.open();
		try {
			long beforeCollection = Guard.allocatedBytes();
			assertThat(held.over(beforeCollection)).isFalse();
			long[] counts = Heap.SHARED.counts(new long[Heap.SHARED.collectorCount()]);
			byte[][] kept = new byte[50][];
			for (int i = 0; i < kept.length; i++) {
				kept[i] = new byte[1 << 20];
			}
			// The report of the next collection of the first collector arrives now,
			// 50 MB later: the run is taken to have allocated what it had at the last
			// sample before, so those 50 MB still count as possibly held.
			held.collected(0, counts[0] + 1);
			assertThat(held.atLastCollection()).isEqualTo(beforeCollection);
			assertThat(kept[kept.length - 1]).hasSize(1 << 20);
		}
		finally {
			held.close();
		}
	}

}
