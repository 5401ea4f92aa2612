package com.mljudge.judge.internal.sandbox;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;

import com.sun.management.HotSpotDiagnosticMXBean;
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
	void theHeapKeepsWhatItGrewAfterTheJudgesFullCollections() {
		Heap.SHARED.baseline();
		assertThat(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
			.getVMOption("MaxHeapFreeRatio")
			.getValue()).as("see JUDGE.md, Time").isEqualTo("100");
	}

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

	@Test
	void aLateNotificationOfAnOlderCollectionIsNotTakenForANewMeasurement() throws Exception {
		Heap heap = Heap.SHARED;
		// Holds up the JVM's notification thread as a loaded machine does (700 ms seen
		// in the build): every collector notification reaches the judge late.
		NotificationListener slow = (notification, handback) -> sleep(300);
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) collector).addNotificationListener(slow, null, null);
		}
		try {
			serverCache = new byte[200][];
			for (int i = 0; i < serverCache.length; i++) {
				serverCache[i] = new byte[1 << 20];
			}
			// Collections of someone else's first: the notifications of the two
			// measurements below queue up behind theirs.
			System.gc();
			System.gc();
			long holding = heap.measure(System.nanoTime()).used();
			serverCache = null;
			long after = heap.measure(System.nanoTime()).used();
			assertThat(after).as("measured after letting go of 200 MB (%d MB before)", holding / MB)
				.isLessThan(holding - 150 * MB);
		}
		finally {
			for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
				((NotificationEmitter) collector).removeNotificationListener(slow);
			}
			heap.rebase();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
