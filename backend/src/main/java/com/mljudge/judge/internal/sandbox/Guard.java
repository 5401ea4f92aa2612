package com.mljudge.judge.internal.sandbox;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Array;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.DoublePredicate;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The static methods the instrumenter inserts into user bytecode. Public because user
 * classes live in another class loader; unreachable from source because the verifier
 * denies the judge's packages before instrumentation.
 */
public final class Guard {

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	private Guard() {
	}

	/** Budget tick: method entry and backward jumps. */
	public static void tick() {
		KillReason reason = current().killed;
		if (reason != null) {
			throw new BudgetExceeded(reason);
		}
	}

	/**
	 * The most work one run of an unticked loop may do, in units of about one interpreted
	 * bytecode (see {@code CountedLoops}): about 0.3 s in the interpreter.
	 */
	public static final long LOOP_WORK = 1L << 25;

	/**
	 * Before an innermost counted loop: whether it may run without ticks, because
	 * {@code |bound - counter| / |step| + 1} passes of {@code weight} units each stay
	 * within {@link #LOOP_WORK}, and the counter cannot wrap around the int range past
	 * the bound. Otherwise the loop's ticked copy runs.
	 */
	public static boolean fewPasses(int counter, int bound, int step, int weight) {
		long reach = Math.abs((long) step);
		if (Math.abs((long) bound) + reach > Integer.MAX_VALUE) {
			return false;
		}
		long passes = Math.abs((long) bound - counter) / reach + 1;
		return passes * weight <= LOOP_WORK;
	}

	/** First instruction of every catch and finally handler. */
	public static void handler(Throwable caught) {
		if (caught instanceof BudgetExceeded) {
			throw (BudgetExceeded) caught;
		}
		tick();
	}

	public static PrintStream out() {
		return current().out();
	}

	/**
	 * Before {@code newarray}/{@code anewarray}: {@code length << shift} bytes are about
	 * to be taken.
	 */
	public static void array(int length, int shift) {
		if (length <= 0) {
			return;
		}
		reserve(((long) length << shift) + 16);
	}

	/**
	 * Before one allocation of {@code bytes} that user code or a library call makes at
	 * once: refused (the run is killed) when it would take the run over its memory limit,
	 * so a single allocation never takes the server's heap.
	 */
	static void reserve(long bytes) {
		SandboxThread thread = current();
		if (thread.memory().refuses(bytes)) {
			throw kill(KillReason.MEMORY);
		}
	}

	/**
	 * The most elements one library call may walk through on its own
	 * ({@code IntStream.range}, {@code Collections.nCopies}): library code has no budget
	 * ticks, so a stopped run only notices the stop when the call returns.
	 */
	public static final long MAX_SPAN = 50_000_000;

	/**
	 * Before {@code IntStream.range(from, to)} and the like: about {@code to - from}
	 * elements will follow.
	 */
	public static void span(int from, int to) {
		tick();
		if ((long) to - from > MAX_SPAN) {
			throw kill(KillReason.CPU_TIME);
		}
	}

	/**
	 * The most work one library call may do without a tick, in comparisons or character
	 * steps: at a conservative 10 ns each about 1.3 s, within the watchdog's grace period
	 * after a kill. See {@code CostlyCalls}.
	 */
	public static final long LIBRARY_WORK = 1L << 27;

	/** Before sorting {@code n} primitives: about {@code n log2 n} comparisons. */
	public static void sortCost(int n) {
		tick();
		if (n > 1) {
			charge((long) n * (64 - Long.numberOfLeadingZeros(n)));
		}
	}

	/** Before a naive substring search: up to {@code haystack x needle} steps. */
	public static void searchCost(CharSequence haystack, CharSequence needle) {
		tick();
		if (haystack != null && needle != null) {
			charge((long) haystack.length() * Math.max(1, needle.length()));
		}
	}

	/**
	 * Before {@code removeAll}-like calls: a {@code contains} per element, costly unless
	 * one side is a set that is looked up.
	 */
	public static void bulkCost(Collection<?> receiver, Collection<?> argument) {
		tick();
		if (receiver == null || argument == null || argument instanceof Set
				|| (receiver instanceof Set && receiver.size() > argument.size())) {
			return;
		}
		charge((long) receiver.size() * argument.size());
	}

	/** Before {@code Collections.indexOfSubList}: up to {@code n x m} comparisons. */
	public static void subListCost(List<?> source, List<?> target) {
		tick();
		if (source != null && target != null) {
			charge((long) source.size() * Math.max(1, target.size()));
		}
	}

	private static void charge(long work) {
		if (work > LIBRARY_WORK) {
			throw kill(KillReason.CPU_TIME);
		}
	}

	/** A comparator that ticks on every comparison; natural order for null. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static <T> Comparator<T> ticking(Comparator<? super T> order) {
		if (order == null) {
			return (a, b) -> {
				tick();
				return ((Comparable) a).compareTo(b);
			};
		}
		return (a, b) -> {
			tick();
			return order.compare(a, b);
		};
	}

	/**
	 * Comparisons a sort of known size may make without a ticking comparator: at most
	 * about 0.1 s even at 100 ns per comparison, and the wrapper would cost more than the
	 * comparison on small sorts.
	 */
	public static final long DIRECT_SORT = 1L << 20;

	private static boolean small(int n) {
		return (long) n * (64 - Long.numberOfLeadingZeros(Math.max(n, 1))) <= DIRECT_SORT;
	}

	public static void sortObjects(Object[] array) {
		tick();
		if (small(array.length)) {
			Arrays.sort(array);
		}
		else {
			Arrays.sort(array, ticking(null));
		}
	}

	public static void sortObjects(Object[] array, int from, int to) {
		tick();
		if (small(to - from)) {
			Arrays.sort(array, from, to);
		}
		else {
			Arrays.sort(array, from, to, ticking(null));
		}
	}

	public static <T> void sortObjects(T[] array, Comparator<? super T> order) {
		tick();
		Arrays.sort(array, small(array.length) ? order : ticking(order));
	}

	public static <T> void sortObjects(T[] array, int from, int to, Comparator<? super T> order) {
		tick();
		Arrays.sort(array, from, to, small(to - from) ? order : ticking(order));
	}

	public static <T> void sortList(List<T> list) {
		tick();
		list.sort(small(list.size()) ? null : ticking(null));
	}

	public static <T> void sortList(List<T> list, Comparator<? super T> order) {
		tick();
		list.sort(small(list.size()) ? order : ticking(order));
	}

	public static <T> Stream<T> sorted(Stream<T> stream) {
		return stream.sorted(ticking(null));
	}

	public static <T> Stream<T> sorted(Stream<T> stream, Comparator<? super T> order) {
		return stream.sorted(ticking(order));
	}

	public static IntStream sorted(IntStream stream) {
		return stream.boxed().sorted(ticking(null)).mapToInt(Integer::intValue);
	}

	public static LongStream sorted(LongStream stream) {
		return stream.boxed().sorted(ticking(null)).mapToLong(Long::longValue);
	}

	public static DoubleStream sorted(DoubleStream stream) {
		return stream.boxed().sorted(ticking(null)).mapToDouble(Double::doubleValue);
	}

	// Streams whose length the user's functions decide: each step ticks, whether or not
	// the function is a leaf without a tick of its own (see CostlyCalls).

	public static <T> Stream<T> generate(Supplier<? extends T> supplier) {
		return Stream.generate(() -> {
			tick();
			return supplier.get();
		});
	}

	public static <T> Stream<T> iterate(T seed, UnaryOperator<T> next) {
		return Stream.iterate(seed, (t) -> {
			tick();
			return next.apply(t);
		});
	}

	public static <T> Stream<T> iterate(T seed, Predicate<? super T> hasNext, UnaryOperator<T> next) {
		return Stream.iterate(seed, (t) -> {
			tick();
			return hasNext.test(t);
		}, next);
	}

	public static IntStream generate(IntSupplier supplier) {
		return IntStream.generate(() -> {
			tick();
			return supplier.getAsInt();
		});
	}

	public static IntStream iterate(int seed, IntUnaryOperator next) {
		return IntStream.iterate(seed, (t) -> {
			tick();
			return next.applyAsInt(t);
		});
	}

	public static IntStream iterate(int seed, IntPredicate hasNext, IntUnaryOperator next) {
		return IntStream.iterate(seed, (t) -> {
			tick();
			return hasNext.test(t);
		}, next);
	}

	public static LongStream generate(LongSupplier supplier) {
		return LongStream.generate(() -> {
			tick();
			return supplier.getAsLong();
		});
	}

	public static LongStream iterate(long seed, LongUnaryOperator next) {
		return LongStream.iterate(seed, (t) -> {
			tick();
			return next.applyAsLong(t);
		});
	}

	public static LongStream iterate(long seed, LongPredicate hasNext, LongUnaryOperator next) {
		return LongStream.iterate(seed, (t) -> {
			tick();
			return hasNext.test(t);
		}, next);
	}

	public static DoubleStream generate(DoubleSupplier supplier) {
		return DoubleStream.generate(() -> {
			tick();
			return supplier.getAsDouble();
		});
	}

	public static DoubleStream iterate(double seed, DoubleUnaryOperator next) {
		return DoubleStream.iterate(seed, (t) -> {
			tick();
			return next.applyAsDouble(t);
		});
	}

	public static DoubleStream iterate(double seed, DoublePredicate hasNext, DoubleUnaryOperator next) {
		return DoubleStream.iterate(seed, (t) -> {
			tick();
			return hasNext.test(t);
		}, next);
	}

	public static Object multiArray1(int a, Class<?> type) {
		return multiArray(type, a);
	}

	public static Object multiArray2(int a, int b, Class<?> type) {
		return multiArray(type, a, b);
	}

	public static Object multiArray3(int a, int b, int c, Class<?> type) {
		return multiArray(type, a, b, c);
	}

	public static Object multiArray4(int a, int b, int c, int d, Class<?> type) {
		return multiArray(type, a, b, c, d);
	}

	private static Object multiArray(Class<?> type, int... dims) {
		Class<?> component = type;
		long cells = 1;
		long bytes = 0;
		for (int dim : dims) {
			component = component.getComponentType();
			if (dim < 0) {
				throw new NegativeArraySizeException(Integer.toString(dim));
			}
			bytes += cells * (16 + 8L * dim);
			cells *= dim;
			if (bytes > Integer.MAX_VALUE * 8L) {
				break;
			}
		}
		reserve(bytes);
		return Array.newInstance(component, dims);
	}

	/** Kills the current run and returns the error to throw. */
	static BudgetExceeded kill(KillReason reason) {
		SandboxThread thread = current();
		thread.kill(reason);
		return new BudgetExceeded(thread.killed);
	}

	static long allocatedBytes() {
		return THREADS.getCurrentThreadAllocatedBytes();
	}

	private static SandboxThread current() {
		Thread thread = Thread.currentThread();
		if (thread instanceof SandboxThread) {
			return (SandboxThread) thread;
		}
		// User code reached a server thread (it never should): refuse to run it.
		throw new BudgetExceeded(KillReason.OUTSIDE_SANDBOX);
	}

}
