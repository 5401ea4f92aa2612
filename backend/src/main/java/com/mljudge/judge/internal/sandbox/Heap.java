package com.mljudge.judge.internal.sandbox;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * The JVM's heap as the garbage collector last saw it, shared by every sandbox thread
 * (see MEMORY.md). After any collection the heap in use bounds from above what is live;
 * right after a full collection ({@link #measure}) it is what is live. The baseline is
 * what the server itself holds: the live heap measured while no sandbox thread held
 * anything.
 */
final class Heap {

	static final Heap SHARED = new Heap();

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	/**
	 * How old a baseline may be when a run starts with no other open: older, it is
	 * measured again. The server's heap moves (caches fill and empty, a problem's tests
	 * are loaded and dropped), and a stale baseline blames runs for the server's growth
	 * or hides what they hold behind its shrinking; in the build, a 30 s age let both
	 * happen. One full collection per 5 s at most is the price.
	 */
	private static final long BASELINE_MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(5);

	/**
	 * How old a baseline must be before a growth smaller than
	 * {@link #SERVER_GROWTH_BYTES} measures it again.
	 */
	private static final long GROWTH_MIN_AGE_NANOS = TimeUnit.SECONDS.toNanos(1);

	/** Growth of the server's heap that makes a young baseline stale all the same. */
	private static final long SERVER_GROWTH_BYTES = 64L << 20;

	/**
	 * The heap in use after one collection; {@code full} when it was a full one.
	 * {@code takenNanos} is when it was learnt: for a measurement, when its collection
	 * was asked for; for a notification, when it arrived (possibly long after the
	 * collection).
	 */
	record Reading(long used, boolean full, long takenNanos) {
	}

	private final Set<String> heapPools;

	/** The collectors, in the order of {@link #counts(long[])}. */
	private final GarbageCollectorMXBean[] collectors;

	/**
	 * Which collectors have reported a full ("major") collection: {@link #measure}
	 * prefers their record to a young collection another thread caused meanwhile.
	 */
	private final boolean[] major;

	private final Set<HeldMemory> open = ConcurrentHashMap.newKeySet();

	/** How many runs have opened: a baseline measured while one opened is not kept. */
	private final AtomicLong opened = new AtomicLong();

	private volatile Reading last = new Reading(Long.MAX_VALUE, false, 0);

	/** The last full collection {@link #measure} asked for. */
	private Reading measured;

	private volatile long baseline;

	private volatile long baselineNanos;

	/**
	 * The collectors' counts right after the baseline's collection: only a collection
	 * numbered above them may lower the baseline.
	 */
	private volatile long[] baselineCounts;

	/** The server said its own memory moved since the baseline was measured. */
	private volatile boolean stale;

	private final Object measuring = new Object();

	private Heap() {
		keepWhatTheHeapGrew();
		this.heapPools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.map((pool) -> pool.getName())
			.collect(Collectors.toUnmodifiableSet());
		this.collectors = ManagementFactory.getGarbageCollectorMXBeans().toArray(GarbageCollectorMXBean[]::new);
		this.major = new boolean[this.collectors.length];
		this.baselineCounts = counts(new long[this.collectors.length]);
		for (int i = 0; i < this.collectors.length; i++) {
			int collector = i;
			if (this.collectors[i] instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener((notification, handback) -> {
					if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
						.equals(notification.getType())) {
						collected(collector,
								GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()));
					}
				}, null, null);
			}
		}
		rebase();
	}

	/**
	 * After a full collection G1 and Parallel give back to the kernel what is free beyond
	 * {@code MaxHeapFreeRatio} (70% by default). The judge's measurements are full
	 * collections: the heap shrank after them, and the next run's allocations took the
	 * pages back one fault at a time, the kernel zeroing each on the run's thread. The
	 * same solution took 1.9 s and then 0.5 s of CPU on alternate runs (ranking-metrics,
	 * session 10). The option is manageable, so it is set here: the heap keeps what it
	 * has grown to, as with {@code -Xms} equal to {@code -Xmx}.
	 */
	private static void keepWhatTheHeapGrew() {
		try {
			ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).setVMOption("MaxHeapFreeRatio", "100");
		}
		catch (RuntimeException ex) {
			// Another JVM, or the option is fixed: runs measure as before.
		}
	}

	/** How many collections each collector has done; see {@link AllocationSamples}. */
	long[] counts(long[] into) {
		for (int i = 0; i < this.collectors.length; i++) {
			into[i] = this.collectors[i].getCollectionCount();
		}
		return into;
	}

	int collectorCount() {
		return this.collectors.length;
	}

	/**
	 * A collector's notification, from the JVM's service thread: late, in the build up to
	 * 700 ms after the collection on a loaded machine, so it says nothing about when the
	 * collection happened except its number.
	 */
	private void collected(int collector, GarbageCollectionNotificationInfo info) {
		long used = usedAfter(info.getGcInfo());
		boolean full = info.getGcAction().contains("major");
		synchronized (this) {
			this.major[collector] |= full;
			this.last = new Reading(used, full, System.nanoTime());
			lowerTo(used, collector, info.getGcInfo().getId());
			for (HeldMemory held : this.open) {
				held.collected(collector, info.getGcInfo().getId());
			}
		}
	}

	private long usedAfter(GcInfo info) {
		long used = 0;
		for (Map.Entry<String, MemoryUsage> pool : info.getMemoryUsageAfterGc().entrySet()) {
			if (this.heapPools.contains(pool.getKey())) {
				used += pool.getValue().getUsed();
			}
		}
		return used;
	}

	/**
	 * The heap after collection {@code id} of {@code collector} holds at least what the
	 * server holds, so a baseline above it is stale (the server let go of something):
	 * lowering it to the reading never blames a run for the server's memory. Only a
	 * collection after the baseline's own counts: a late notification of an older one
	 * says nothing about the server now.
	 */
	private synchronized void lowerTo(long used, int collector, long id) {
		if (used < this.baseline && id > this.baselineCounts[collector]) {
			this.baseline = used;
		}
	}

	Reading last() {
		return this.last;
	}

	private synchronized boolean isMajor(int collector) {
		return this.major[collector];
	}

	/**
	 * The heap used at the last reading ({@code Long.MAX_VALUE} before any) and what one
	 * run had allocated by then.
	 */
	record LastCollection(long used, long allocated) {
	}

	/**
	 * The last reading and what {@code held} had allocated at it, read together (a
	 * notification between the two reads would pair a reading with a later count).
	 */
	synchronized LastCollection lastWith(HeldMemory held) {
		return new LastCollection(this.last.used(), held.atLastCollection());
	}

	long baseline() {
		return this.baseline;
	}

	/**
	 * The live heap now: a full collection, unless one this method asked for started
	 * after {@code since} (then that one's reading, so callers waiting together share one
	 * collection). The reading is the collector's own record of its last collection, read
	 * once {@code System.gc()} has returned, not a notification: a notification of an
	 * older collection arriving late once passed for the new one, and a run that had let
	 * go of 263 MB was counted as still holding it.
	 */
	Reading measure(long since) {
		synchronized (this.measuring) {
			Reading reading = this.measured;
			if (reading != null && reading.takenNanos() > since) {
				return reading;
			}
			long asked = System.nanoTime();
			long[] before = counts(new long[this.collectors.length]);
			System.gc();
			GcInfo latest = null;
			int collector = -1;
			boolean latestMajor = false;
			for (int i = 0; i < this.collectors.length; i++) {
				GcInfo info = (this.collectors[i] instanceof com.sun.management.GarbageCollectorMXBean bean)
						? bean.getLastGcInfo() : null;
				if (info == null || info.getId() <= before[i]) {
					continue;
				}
				// The collection System.gc() ran: a full collector's over a young one
				// another thread's allocation caused right after it, then the one that
				// started last (a young collection Parallel runs first started before).
				boolean isMajor = isMajor(i);
				if (latest == null || (isMajor && !latestMajor) || (isMajor == latestMajor
						&& (info.getStartTime() > latest.getStartTime() || (info.getStartTime() == latest.getStartTime()
								&& info.getEndTime() > latest.getEndTime())))) {
					latest = info;
					collector = i;
					latestMajor = isMajor;
				}
			}
			long used;
			if (latest != null) {
				used = usedAfter(latest);
				lowerTo(used, collector, latest.getId());
			}
			else {
				// A collector that keeps no record: the usage right after it.
				used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
			}
			this.measured = new Reading(used, true, asked);
			return this.measured;
		}
	}

	/** How many runs have opened so far. */
	long opened() {
		return this.opened.get();
	}

	/** The sandbox threads other than {@code held} open now. */
	List<HeldMemory> othersOf(HeldMemory held) {
		return this.open.stream().filter((other) -> other != held).toList();
	}

	/**
	 * Bytes that sandbox threads other than {@code held} may hold: all they allocated,
	 * those open now and those of {@code before} (open before a measurement, possibly
	 * closed since), each once.
	 */
	long allocatedByOthers(List<HeldMemory> before, HeldMemory held) {
		Set<HeldMemory> others = new HashSet<>(before);
		others.addAll(othersOf(held));
		long allocated = 0;
		for (HeldMemory other : others) {
			allocated += other.allocatedNow();
		}
		return allocated;
	}

	/**
	 * Waits up to {@code millis} for the killed sandbox threads other than {@code held}
	 * to end (a killed thread stops at its next tick).
	 */
	void awaitDying(HeldMemory held, long millis) {
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
		while (this.open.stream().anyMatch((other) -> other != held && other.isDying())
				&& System.nanoTime() - deadline < 0) {
			try {
				Thread.sleep(2);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** The sum of the limits of the sandbox threads now open. */
	long openLimits() {
		long limits = 0;
		for (HeldMemory other : this.open) {
			limits += other.limit();
		}
		return limits;
	}

	void open(HeldMemory held) {
		this.opened.incrementAndGet();
		this.open.add(held);
	}

	/**
	 * The thread of {@code held} ended, or was killed and would not stop: from now on
	 * what it holds counts as the server's, and it no longer keeps the baseline from
	 * being measured again.
	 */
	void close(HeldMemory held) {
		this.open.remove(held);
	}

	/**
	 * Before a run with memory limit {@code limit} starts, on the server thread: when no
	 * run is open and the baseline may be stale, measures what the server holds now, so
	 * memory the server took since (caches, a compiler's tables, a new application
	 * context) is not counted against the run.
	 */
	void freshen(long limit) {
		long opened = opened();
		if (!this.open.isEmpty()) {
			return;
		}
		Reading last = this.last;
		long age = System.nanoTime() - this.baselineNanos;
		// A collection since the baseline saw the heap above it while no run held
		// anything: the server may have grown. Far above (a new application context),
		// the baseline is measured again however young; above by an eighth of the
		// coming run's limit, once it is a second old (the reading includes garbage, so
		// this fires more often than the server really grows: the second bounds the
		// cost). In the build, a compiler's tables grown by 30 MB since the baseline
		// stopped a run holding 40 MB under 64 MiB.
		long growth = (last.used() != Long.MAX_VALUE && last.takenNanos() > this.baselineNanos)
				? last.used() - this.baseline : 0;
		boolean grown = growth > SERVER_GROWTH_BYTES
				|| (growth > Math.max(limit / 8, 4L << 20) && age > GROWTH_MIN_AGE_NANOS);
		if (this.stale || grown || age > BASELINE_MAX_AGE_NANOS) {
			rebase(opened);
		}
	}

	/**
	 * The server's own memory moved (a cache filled or let go): the baseline is measured
	 * again before the next run that starts with no other open.
	 */
	void stale() {
		this.stale = true;
	}

	void rebase() {
		rebase(opened());
	}

	/**
	 * Measures the baseline, unless a run opened since {@code opened} runs had: another
	 * run starting at the same moment may have been allocating before the collection, and
	 * a baseline that counts its memory as the server's hides that much of every run's
	 * (seen: of two runs holding 300 MB each under 256 MiB, one was accepted). The
	 * baseline is then measured before the next run that starts alone.
	 */
	void rebase(long opened) {
		this.stale = false;
		synchronized (this.measuring) {
			Reading reading = measure(System.nanoTime());
			long[] counts = counts(new long[this.collectors.length]);
			if (this.opened.get() != opened || !this.open.isEmpty()) {
				this.stale = true;
				return;
			}
			synchronized (this) {
				this.baseline = reading.used();
				this.baselineNanos = reading.takenNanos();
				this.baselineCounts = counts;
			}
		}
	}

	/**
	 * A full collection found {@code live} while the open runs had allocated
	 * {@code allocatedByRuns} in all: the server holds at least the difference, so a
	 * baseline below it is stale (the server grew during a run) and is raised to it.
	 */
	void atLeast(long live, long allocatedByRuns) {
		synchronized (this) {
			if (live - allocatedByRuns > this.baseline) {
				this.baseline = live - allocatedByRuns;
			}
		}
	}

	static long allocated(long threadId) {
		return THREADS.getThreadAllocatedBytes(threadId);
	}

}
