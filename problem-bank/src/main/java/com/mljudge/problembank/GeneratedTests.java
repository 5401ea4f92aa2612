package com.mljudge.problembank;

import java.lang.reflect.Array;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Supplier;

import com.mljudge.problembank.data.GeneratedTest;

/**
 * The generated tests kept in memory, shared by every bank in the JVM: held strongly, the
 * most recently used kept, up to a budget in bytes; a dropped one is made again from its
 * seed, identically, when it is next used.
 * <p>
 * Not soft references (as before): the collector clears those when memory runs short,
 * which is exactly when a submission holds a lot, and the judge measures what a
 * submission holds as the live heap less what the server holds. A server that let go of
 * hundreds of megabytes at that moment hid a submission holding 300 MB under a 256 MiB
 * limit. Here the server's memory only moves when a test is made or dropped, and
 * {@link #onChange} tells whoever measures the heap.
 */
public final class GeneratedTests {

	/** The budget when {@code problembank.generated-tests-mb} does not say. */
	private static final long DEFAULT_BUDGET_MB = 160;

	static final GeneratedTests SHARED = new GeneratedTests(
			Long.getLong("problembank.generated-tests-mb", DEFAULT_BUDGET_MB) << 20);

	private static final Set<Runnable> LISTENERS = new CopyOnWriteArraySet<>();

	private record Held(GeneratedTest test, long bytes) {
	}

	private final long budget;

	private final Map<TestSpec, Held> held = new LinkedHashMap<>(64, 0.75f, true);

	private long bytes;

	GeneratedTests(long budget) {
		this.budget = budget;
	}

	/**
	 * Calls {@code listener} after generated tests were made or dropped (the server's
	 * heap moved), on the thread that did it; the same listener added twice is called
	 * once.
	 */
	public static void onChange(Runnable listener) {
		LISTENERS.add(listener);
	}

	/** Bytes held now. */
	public static long heldBytes() {
		synchronized (SHARED) {
			return SHARED.bytes;
		}
	}

	/** The data of {@code spec}: kept, or made by {@code make} and kept. */
	GeneratedTest get(TestSpec spec, Supplier<GeneratedTest> make) {
		synchronized (this) {
			Held kept = this.held.get(spec);
			if (kept != null) {
				return kept.test();
			}
		}
		GeneratedTest made = make.get();
		keep(spec, made);
		return made;
	}

	/**
	 * Keeps {@code test} as the data of {@code spec}, dropping the least recently used.
	 */
	void keep(TestSpec spec, GeneratedTest test) {
		synchronized (this) {
			Held previous = this.held.put(spec, new Held(test, bytesOf(test.args()) + bytesOf(test.truth())));
			if (previous != null) {
				this.bytes -= previous.bytes();
			}
			this.bytes += this.held.get(spec).bytes();
			for (Iterator<Held> eldest = this.held.values().iterator(); this.bytes > this.budget
					&& this.held.size() > 1;) {
				this.bytes -= eldest.next().bytes();
				eldest.remove();
			}
		}
		LISTENERS.forEach(Runnable::run);
	}

	/**
	 * About what {@code value} takes on the heap: arrays by their elements, boxes and
	 * strings by their size; only the kinds of values a test holds.
	 */
	static long bytesOf(Object value) {
		if (value == null) {
			return 0;
		}
		if (value instanceof String text) {
			return 40 + 2L * text.length();
		}
		Class<?> type = value.getClass();
		if (!type.isArray()) {
			return 16;
		}
		int length = Array.getLength(value);
		if (type.getComponentType().isPrimitive()) {
			return 16 + (long) length * primitiveBytes(type.getComponentType());
		}
		long total = 16 + 4L * length;
		for (int i = 0; i < length; i++) {
			total += bytesOf(Array.get(value, i));
		}
		return total;
	}

	private static int primitiveBytes(Class<?> type) {
		if (type == long.class || type == double.class) {
			return 8;
		}
		if (type == int.class || type == float.class) {
			return 4;
		}
		return (type == short.class || type == char.class) ? 2 : 1;
	}

}
