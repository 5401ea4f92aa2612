package com.mljudge.judge.internal.sandbox;

import java.util.BitSet;
import java.util.List;

/**
 * Checks the instrumenter puts before JDK calls that size an allocation from their
 * arguments (see {@code SizedAllocations}): each works out the bytes the call is about to
 * take at once and reserves them like {@code newarray}, so no single call takes the
 * server's heap. They receive the call's receiver (if any) and arguments, references as
 * {@code Object}; an argument the JDK would refuse is left for the JDK to refuse.
 */
public final class SizedCalls {

	/** A reference in an array, in bytes (8 when the heap has no compressed pointers). */
	private static final long REFERENCE = 4;

	/**
	 * Smallest load factor accepted: below it a hash table doubles on every insertion and
	 * a handful of entries size a table of a billion slots.
	 */
	static final float MIN_LOAD_FACTOR = 0.25f;

	private SizedCalls() {
	}

	/**
	 * {@code new ArrayList(n)}, {@code new ArrayDeque(n)}, {@code Vector.setSize(n)}...
	 */
	public static void references(int n) {
		Guard.reserve(REFERENCE * Math.max(0, n) + 16);
	}

	/** {@code new Vector(n, increment)}. */
	public static void references(int n, int increment) {
		references(n);
	}

	/** {@code new PriorityQueue(n, comparator)}, {@code Collections.nCopies(n, x)}. */
	public static void references(int n, Object other) {
		references(n);
	}

	/** {@code Vector.setSize(n)} and other receivers' reference arrays. */
	public static void references(Object receiver, int n) {
		if (receiver instanceof List) {
			references(n);
		}
	}

	/** {@code new HashMap(n)}, {@code HashSet.newHashSet(n)}... */
	public static void hashTable(int n) {
		// The table holds the next power of two at or above n / 0.75 references.
		references((int) Math.min(Integer.MAX_VALUE, Math.max(0, n) * 4L / 3));
	}

	/** {@code new HashMap(n, loadFactor)}. */
	public static void hashTable(int n, float loadFactor) {
		if (loadFactor < MIN_LOAD_FACTOR) {
			throw new IllegalArgumentException(
					"the judge refuses load factors below " + MIN_LOAD_FACTOR + ": " + loadFactor);
		}
		hashTable(n);
	}

	/** {@code new LinkedHashMap(n, loadFactor, accessOrder)}. */
	public static void hashTable(int n, float loadFactor, boolean accessOrder) {
		hashTable(n, loadFactor);
	}

	/** {@code new StringBuilder(n)}, {@code new StringBuffer(n)}. */
	public static void chars(int n) {
		Guard.reserve(2L * Math.max(0, n) + 16);
	}

	/** {@code new AtomicIntegerArray(n)}. */
	public static void ints(int n) {
		Guard.reserve(4L * Math.max(0, n) + 16);
	}

	/** {@code new AtomicLongArray(n)}. */
	public static void longs(int n) {
		Guard.reserve(8L * Math.max(0, n) + 16);
	}

	/** {@code new BitSet(n)}. */
	public static void bits(int n) {
		Guard.reserve(Math.max(0, n) / 8L + 16);
	}

	/**
	 * {@code ensureCapacity(n)} and {@code setLength(n)} of any receiver: string builders
	 * and array lists grow to at least n.
	 */
	public static void capacity(Object receiver, int n) {
		if (receiver instanceof CharSequence && receiver instanceof Appendable) {
			chars(n);
		}
		else if (receiver instanceof List) {
			references(n);
		}
	}

	/**
	 * {@code BitSet.set(i)}, {@code set(i, value)}, {@code flip(i)}: a bit past the end
	 * grows the set to hold it.
	 */
	public static void bit(Object receiver, int index) {
		if (receiver instanceof BitSet set && index >= set.size()) {
			// BitSet grows to the larger of twice its words and the words needed.
			Guard.reserve(Math.max(2L * set.size(), (index & 0xFFFFFFFFL) + 64) / 8 + 16);
		}
	}

	/** {@code BitSet.set(i, value)}. */
	public static void bit(Object receiver, int index, boolean value) {
		bit(receiver, index);
	}

	/** {@code BitSet.set(from, to)}, {@code flip(from, to)}: grows to hold bit to - 1. */
	public static void bit(Object receiver, int from, int to) {
		bit(receiver, to - 1);
	}

	/** {@code BitSet.set(from, to, value)}. */
	public static void bit(Object receiver, int from, int to, boolean value) {
		bit(receiver, to - 1);
	}

	/** {@code Arrays.copyOf(original, n)}. */
	public static void copy(Object original, int n) {
		Guard.reserve(elementBytes(original) * Math.max(0, n) + 16);
	}

	/** {@code Arrays.copyOf(original, n, type)}: an array of references. */
	public static void copy(Object original, int n, Object type) {
		references(n);
	}

	/** {@code Arrays.copyOfRange(original, from, to)}. */
	public static void copyRange(Object original, int from, int to) {
		copy(original, (int) Math.max(0, Math.min(Integer.MAX_VALUE, (long) to - from)));
	}

	/** {@code Arrays.copyOfRange(original, from, to, type)}. */
	public static void copyRange(Object original, int from, int to, Object type) {
		references((int) Math.max(0, Math.min(Integer.MAX_VALUE, (long) to - from)));
	}

	/** {@code text.repeat(count)}. */
	public static void repeat(Object text, int count) {
		if (text instanceof CharSequence sequence) {
			Guard.reserve(2L * sequence.length() * Math.max(0, count) + 16);
		}
	}

	/**
	 * {@code builder.repeat(codePoint, count)} (Java 21): up to two chars per code point.
	 */
	public static void repeat(Object builder, int codePoint, int count) {
		Guard.reserve(4L * Math.max(0, count) + 16);
	}

	/** {@code builder.repeat(text, count)} (Java 21). */
	public static void repeat(Object builder, Object text, int count) {
		repeat(text, count);
	}

	/** {@code text.indent(n)}: every line gets n spaces. */
	public static void indent(Object text, int n) {
		if (text instanceof String string && n > 0) {
			long lines = 1;
			for (int i = string.indexOf('\n'); i >= 0; i = string.indexOf('\n', i + 1)) {
				lines++;
			}
			Guard.reserve(2L * (string.length() + lines * n) + 16);
		}
	}

	/**
	 * Returned by a user class's {@code int size()}: JDK code presizes from a
	 * collection's or map's size (a hash table of size / 0.75 slots, an array of size
	 * references), so a user collection that claims a billion elements would have the JDK
	 * allocate for them before asking for the first one.
	 */
	public static void size(int size) {
		if (size > 0) {
			Guard.reserve(8L * size + 16);
		}
	}

	/**
	 * Returned by a user class's {@code int length()}: a string builder presizes from a
	 * {@code CharSequence}'s length before it reads a char.
	 */
	public static void length(int length) {
		if (length > 0) {
			Guard.reserve(2L * length + 16);
		}
	}

	private static long elementBytes(Object array) {
		Class<?> type = (array != null) ? array.getClass().getComponentType() : null;
		if (type == null || !type.isPrimitive()) {
			return REFERENCE;
		}
		if (type == long.class || type == double.class) {
			return 8;
		}
		if (type == int.class || type == float.class) {
			return 4;
		}
		return (type == char.class || type == short.class) ? 2 : 1;
	}

}
