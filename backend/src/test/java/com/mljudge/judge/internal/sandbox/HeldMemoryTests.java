package com.mljudge.judge.internal.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run's share of the heap is the live heap less what the other open runs may hold. A
 * killed run whose memory is already garbage but whose thread has not yet ended (a loaded
 * machine deschedules it) must not hide another run's excess: its allocations would be
 * subtracted from a heap that no longer holds them.
 */
class HeldMemoryTests {

	private static final long MB = 1 << 20;

	private static final long LIMIT = 256 * MB;

	/**
	 * Under half a G1 region, so the heap counts what is held: a 1 MiB array takes a 2
	 * MiB region of its own.
	 */
	private static final int BLOCK = 1_000_000;

	@Test
	void aKilledRunSlowToEndDoesNotHideAnotherRunsExcess() throws Exception {
		Heap.SHARED.rebase();
		CountDownLatch killedHolds = new CountDownLatch(1);
		CountDownLatch killedLetGo = new CountDownLatch(1);
		Thread killed = new Thread(() -> {
			HeldMemory memory = new HeldMemory(Thread.currentThread().getId(), LIMIT);
			memory.open();
			try {
				List<byte[]> kept = hold(memory, 270);
				memory.dying();
				killedHolds.countDown();
				kept.clear();
				killedLetGo.countDown();
				// Unwound, its memory garbage, but the thread has not ended yet.
				sleep(2_600);
			}
			finally {
				memory.close();
			}
		}, "killed-run");
		killed.start();
		assertThat(killedLetGo.await(30, TimeUnit.SECONDS)).isTrue();
		assertThat(killedHolds.getCount()).isZero();

		AtomicInteger refusedAt = new AtomicInteger(-1);
		Thread other = new Thread(() -> {
			HeldMemory memory = new HeldMemory(Thread.currentThread().getId(), LIMIT);
			memory.open();
			try {
				List<byte[]> kept = new ArrayList<>();
				for (int i = 0; i < 300; i++) {
					if (memory.refuses(BLOCK)) {
						refusedAt.set(i);
						return;
					}
					kept.add(new byte[BLOCK]);
				}
			}
			finally {
				memory.close();
			}
		}, "other-run");
		other.start();
		other.join(60_000);
		killed.join(10_000);
		assertThat(refusedAt.get()).as("MB held when refused (-1: never)").isBetween(256, 300);
	}

	@Test
	void aRunThatEndsRightAfterAMeasurementStillCountsForIt() throws Exception {
		Heap heap = Heap.SHARED;
		heap.rebase();
		long baseline = heap.baseline();
		Run run = Run.holding(200);
		HeldMemory measuring = new HeldMemory(Thread.currentThread().getId(), LIMIT);
		// The order of HeldMemory's measurement: the runs open, the collection (the
		// run's 200 MiB live), then the count, by which time the run has ended.
		List<HeldMemory> before = heap.othersOf(measuring);
		long live = heap.measure(System.nanoTime()).used();
		run.end();
		long others = heap.allocatedByOthers(before, measuring);
		assertThat(others).as("allocated by the run that ended").isGreaterThan(200L * BLOCK);
		heap.atLeast(live, others);
		assertThat(heap.baseline() - baseline).as("the server's baseline grew by").isLessThan(50 * MB);
		heap.rebase();
	}

	@Test
	void aBaselineMeasuredWhileARunOpenedIsNotKept() throws Exception {
		Heap heap = Heap.SHARED;
		heap.rebase();
		long baseline = heap.baseline();
		long opened = heap.opened();
		// Another judge's run opens between the check that none is open and the
		// collection, and holds 200 MiB at it.
		Run run = Run.holding(200);
		try {
			heap.rebase(opened);
			assertThat(heap.baseline() - baseline).as("the server's baseline grew by").isLessThan(50 * MB);
		}
		finally {
			run.end();
			heap.rebase();
		}
	}

	/** A run on its own thread holding memory until told to end. */
	private record Run(Thread thread, CountDownLatch released) {

		static Run holding(int megabytes) throws InterruptedException {
			CountDownLatch holds = new CountDownLatch(1);
			CountDownLatch end = new CountDownLatch(1);
			Thread thread = new Thread(() -> {
				HeldMemory memory = new HeldMemory(Thread.currentThread().getId(), 4 * LIMIT);
				memory.open();
				try {
					List<byte[]> kept = hold(memory, megabytes);
					holds.countDown();
					end.await();
					kept.clear();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				finally {
					memory.close();
				}
			}, "holding-run");
			thread.start();
			assertThat(holds.await(30, TimeUnit.SECONDS)).isTrue();
			return new Run(thread, end);
		}

		void end() throws InterruptedException {
			this.released.countDown();
			this.thread.join(10_000);
		}

	}

	/** Keeps {@code megabytes} reachable, asking before each as a sandbox thread does. */
	private static List<byte[]> hold(HeldMemory memory, int megabytes) {
		List<byte[]> kept = new ArrayList<>();
		for (int i = 0; i < megabytes; i++) {
			if (memory.refuses(BLOCK)) {
				break;
			}
			kept.add(new byte[BLOCK]);
		}
		return kept;
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
