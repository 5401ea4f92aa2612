package com.mljudge.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * The one way a test waits for something another thread or instance does (a verdict, a
 * listener's update, an expired lease): it asks again every {@link #EVERY} until the
 * answer is right, and past the bound fails naming what it waited for and the last answer
 * it got. No test sleeps for a fixed time hoping the work is done.
 */
public final class Await {

	/** How long a wait may take by default: a judged submission on a busy machine. */
	public static final Duration MINUTE = Duration.ofMinutes(1);

	private static final Duration EVERY = Duration.ofMillis(50);

	private Await() {
	}

	/**
	 * What a test asks again: a query, a request, a count; it may throw what those throw.
	 */
	@FunctionalInterface
	public interface Probe<T> {

		T get() throws Exception;

	}

	/**
	 * @return the first value of {@code probe} that {@code done} accepts
	 * @throws AssertionError after {@code within}, naming {@code what} and the last value
	 */
	public static <T> T until(String what, Duration within, Probe<T> probe, Predicate<? super T> done) {
		long deadline = System.nanoTime() + within.toNanos();
		while (true) {
			T value = ask(what, probe);
			if (done.test(value)) {
				return value;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError(
						"Gave up after " + within.toSeconds() + " s waiting for " + what + " (last: " + value + ")");
			}
			pause(EVERY);
		}
	}

	/** {@link #until} within a minute. */
	public static <T> T until(String what, Probe<T> probe, Predicate<? super T> done) {
		return until(what, MINUTE, probe, done);
	}

	/** Waits within a minute for {@code condition} to hold. */
	public static void until(String what, BooleanSupplier condition) {
		until(what, MINUTE, condition::getAsBoolean, Boolean::booleanValue);
	}

	private static <T> T ask(String what, Probe<T> probe) {
		try {
			return probe.get();
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("failed while waiting for " + what, ex);
		}
	}

	/**
	 * Lets time pass when the time itself is what a test is about (a cache entry's age, a
	 * lease that has to run out), never to wait for work.
	 */
	public static void pause(Duration time) {
		try {
			Thread.sleep(time.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting", ex);
		}
	}

}
