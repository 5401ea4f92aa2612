package com.mljudge.judge.internal.sandbox;

import java.util.List;

/**
 * The memory limit of one sandbox thread: the most it may hold at once (see MEMORY.md).
 * What it allocated bounds what it holds from above; the heap after a collection, less
 * what the server and the other sandbox threads may hold, bounds it from below. The
 * watchdog asks {@link #over} at every poll, which costs a subtraction until the thread
 * has allocated enough to possibly hold more than the limit; only then is the heap read,
 * and only when the last collection cannot rule it out is a full collection run.
 */
public final class HeldMemory {

	/**
	 * Full collections one thread may ask for at the finest step; after them it is
	 * checked every limit-sized chunk, so a run hovering at its limit cannot keep the
	 * server collecting.
	 */
	private static final int FINE_MEASUREMENTS = 64;

	/**
	 * How long a measurement waits for killed runs to end: the judge's grace period,
	 * after which the watchdog gives up on a thread that would not stop and closes it.
	 */
	private static final long DYING_WAIT_MILLIS = 2_000;

	/**
	 * Touched in the constructor, on the server thread: the heap's first measurement must
	 * not count against a run's CPU time.
	 */
	private final Heap heap = Heap.SHARED;

	private final long threadId;

	private final long limit;

	/**
	 * Tolerance of the measurement: a run is over when it holds more than limit plus
	 * this.
	 */
	private final long margin;

	private volatile long start = -1;

	/**
	 * Allocated bytes (total) at or before the last collection the heap reported: a lower
	 * bound, see {@link AllocationSamples}.
	 */
	private volatile long atLastCollection;

	private final AllocationSamples samples = new AllocationSamples();

	/** Scratch for the collectors' counts, used under {@code this}. */
	private final long[] counts = new long[this.heap.collectorCount()];

	/** Allocated bytes (since start) at which the watchdog looks again. */
	private volatile long nextCheck;

	/** The largest single allocation let through without looking at the heap. */
	private volatile long room;

	private int measurements;

	/** The thread was killed and is on its way out (its memory about to be garbage). */
	private volatile boolean dying;

	/** What the thread had allocated when it closed; -1 while it is open. */
	private volatile long allocatedAtClose = -1;

	public HeldMemory(long threadId, long limit) {
		this.threadId = threadId;
		this.limit = limit;
		this.margin = Math.max(limit / 32, 1 << 20);
		this.nextCheck = limit + this.margin;
		this.room = limit;
		this.heap.freshen(limit);
	}

	/**
	 * The server's own memory moved (a cache of its own filled or emptied): see
	 * {@code Judge.serverMemoryChanged}.
	 */
	public static void serverMemoryChanged() {
		Heap.SHARED.stale();
	}

	public long limit() {
		return this.limit;
	}

	long threadId() {
		return this.threadId;
	}

	/** On the sandbox thread, before it runs anything. */
	public void open() {
		long now = Guard.allocatedBytes();
		this.atLastCollection = now;
		this.start = now;
		synchronized (this) {
			this.samples.sample(now, this.heap.counts(this.counts));
		}
		this.heap.open(this);
	}

	public void dying() {
		this.dying = true;
	}

	boolean isDying() {
		return this.dying;
	}

	/**
	 * On the sandbox thread when it ends, or on the watchdog's when it gives up on the
	 * thread.
	 */
	public void close() {
		if (this.allocatedAtClose < 0) {
			this.allocatedAtClose = allocated(Heap.allocated(this.threadId));
		}
		this.heap.close(this);
	}

	/**
	 * Bytes allocated since the thread opened: now while it is open, at its close after
	 * that (a measurement may have seen its memory live before it closed).
	 */
	long allocatedNow() {
		long atClose = this.allocatedAtClose;
		return (atClose >= 0) ? atClose : allocated(Heap.allocated(this.threadId));
	}

	/** Bytes allocated since the thread opened, given its total. */
	long allocated(long total) {
		long start = this.start;
		return (start < 0 || total < start) ? 0 : total - start;
	}

	/**
	 * The heap reported collection number {@code id} of collector {@code collector}: what
	 * the thread had allocated at it is the latest sample taken before it, or its start
	 * when no sample is that old (counting everything since as possibly held).
	 */
	void collected(int collector, long id) {
		long start = this.start;
		if (start >= 0) {
			long before = this.samples.before(collector, id);
			this.atLastCollection = Math.max(start, before);
		}
	}

	long atLastCollection() {
		return this.atLastCollection;
	}

	/**
	 * Watchdog poll: {@code total} is the thread's allocated bytes. True when it is
	 * proven to hold more than its limit.
	 */
	public boolean over(long total) {
		if (this.start < 0 || this.dying) {
			return false;
		}
		synchronized (this) {
			// Sampled at every poll, so a late notification finds a count from before
			// its collection.
			this.samples.sample(total, this.heap.counts(this.counts));
			long allocated = allocated(total);
			return allocated >= this.nextCheck && check(allocated, total, 0);
		}
	}

	/**
	 * On the sandbox thread before it allocates {@code bytes} at once: true when that
	 * would take it over its limit.
	 */
	boolean refuses(long bytes) {
		// Killed already: its verdict is decided (the kill's first reason wins), and
		// nothing more is allocated or measured for it.
		if (bytes > this.limit || this.dying) {
			return true;
		}
		// The thread's own count, not only the watchdog's polls: a run that fills its
		// memory with arrays and returns between two polls is still seen.
		long total = Guard.allocatedBytes();
		if (bytes <= this.room && allocated(total) + bytes < this.nextCheck) {
			return false;
		}
		synchronized (this) {
			this.samples.sample(total, this.heap.counts(this.counts));
			return check(allocated(total), total, bytes);
		}
	}

	private boolean check(long allocated, long total, long bytes) {
		Heap heap = this.heap;
		long ceiling = this.limit + this.margin;
		long baseline = heap.baseline();
		Heap.LastCollection last = heap.lastWith(this);
		long upper = allocated;
		if (last.used() != Long.MAX_VALUE) {
			upper = Math.min(upper,
					Math.max(0, last.used() - baseline) + (total - Math.max(last.allocated(), this.start)));
		}
		if (upper + bytes <= ceiling) {
			this.nextCheck = allocated + Math.max(step(), ceiling - upper - bytes);
			return false;
		}
		this.measurements++;
		Share share = held(heap, allocated);
		boolean over = share.isOver(heap, allocated + bytes, bytes, ceiling, this.margin);
		if (over) {
			// A kill is final: confirm it on a collection of its own, so a reading that
			// caught memory on its way to being freed never blames a run that holds
			// little.
			share = held(heap, allocated);
			over = share.isOver(heap, allocated + bytes, bytes, ceiling, this.margin);
		}
		if (!over) {
			long held = Math.max(0, Math.min(allocated, share.heap()));
			this.room = Math.max(0, this.limit - Math.max(0, share.own()));
			this.nextCheck = allocated + Math.max(step(), ceiling - held - bytes);
		}
		return over;
	}

	/**
	 * One measurement: what the open runs hold together ({@code heap}) and this run's
	 * share of it, at least the heap less all the other runs allocated ({@code own}).
	 */
	private record Share(long heap, long own) {

		/**
		 * Over when its own share is, or when the runs together hold more than the sum of
		 * their limits and this one allocated more than its own (the collective guard,
		 * MEMORY.md).
		 */
		boolean isOver(Heap heap, long allocated, long bytes, long ceiling, long margin) {
			return own() + bytes > ceiling || (heap() + bytes > heap.openLimits() + margin && allocated > ceiling);
		}

	}

	/**
	 * What the open runs hold together, by a full collection: the live heap less the
	 * server's baseline. No run holds more than it allocated, so the server holds at
	 * least the live heap less all the runs' allocations; the baseline is raised to that
	 * first when it was lower.
	 */
	private Share held(Heap heap, long allocated) {
		// A killed run's allocations would be subtracted from this one's share while its
		// memory is already garbage: wait for it to end first. Seen in the build: of two
		// runs each holding 300 MB, the second went free while the first was dying.
		heap.awaitDying(this, DYING_WAIT_MILLIS);
		// The runs open before the collection, even those that close before the count
		// below: a run stopped by this very collection ends within milliseconds, and
		// leaving out its memory (live at the collection) raised the baseline by it and
		// let the other run go free.
		List<HeldMemory> before = heap.othersOf(this);
		long live = heap.measure(System.nanoTime()).used();
		long others = heap.allocatedByOthers(before, this);
		// This run's own count after the collection: the watchdog's figure is from
		// before it, and what the run allocated meanwhile is not the server's.
		heap.atLeast(live, Math.max(allocated, allocatedNow()) + others);
		long held = live - heap.baseline();
		return new Share(held, held - others);
	}

	private long step() {
		return (this.measurements < FINE_MEASUREMENTS) ? this.margin : this.limit;
	}

}
