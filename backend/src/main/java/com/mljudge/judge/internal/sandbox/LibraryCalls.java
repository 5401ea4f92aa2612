package com.mljudge.judge.internal.sandbox;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the instrumenter puts in place of library calls whose cost an argument decides, so
 * they can be allowed: formatting with its widths bounded, and the endless stream sources
 * ({@code Stream.generate}, {@code iterate}) with a budget tick per element. Like
 * {@link Guard}, public for user classes in another loader and unreachable from source.
 */
public final class LibraryCalls {

	/**
	 * The widest field and the longest precision a format may ask for: far past any table
	 * a solution prints, far below what would fill the heap in one library call.
	 */
	public static final int MAX_FORMAT_WIDTH = 10_000;

	/**
	 * {@code %[index$][flags][width][.precision][t]conversion}, as Formatter reads it.
	 */
	private static final Pattern SPECIFIER = Pattern
		.compile("%(\\d+\\$)?([-#+ 0,(<]*)?(\\d+)?(\\.\\d+)?([tT])?([a-zA-Z%])");

	private LibraryCalls() {
	}

	/**
	 * Without a locale: the same text on every server (digits and separators of ROOT).
	 */
	public static String format(String format, Object... args) {
		return String.format(Locale.ROOT, checked(format), args);
	}

	public static String format(Locale locale, String format, Object... args) {
		return String.format(locale, checked(format), args);
	}

	public static String formatted(String format, Object... args) {
		return String.format(Locale.ROOT, checked(format), args);
	}

	public static PrintStream printf(PrintStream out, String format, Object... args) {
		return out.printf(Locale.ROOT, checked(format), args);
	}

	public static PrintStream printf(PrintStream out, Locale locale, String format, Object... args) {
		return out.printf(locale, checked(format), args);
	}

	/**
	 * Refuses what formatting cannot bound: widths and precisions past
	 * {@link #MAX_FORMAT_WIDTH} ({@code %2000000000d} pads to 2 GB in one call), and date
	 * conversions (they read the server's time zone). An ordinary exception: the user
	 * sees it as a runtime error with this message.
	 */
	static String checked(String format) {
		if (format == null) {
			return null;
		}
		Matcher specifier = SPECIFIER.matcher(format);
		while (specifier.find()) {
			checkSize("width", specifier.group(3));
			checkSize("precision", (specifier.group(4) != null) ? specifier.group(4).substring(1) : null);
			if (specifier.group(5) != null) {
				throw new IllegalArgumentException(
						"date and time conversions (" + specifier.group() + ") are not available in the judge");
			}
		}
		return format;
	}

	private static void checkSize(String what, String digits) {
		if (digits == null) {
			return;
		}
		boolean tooLong = digits.length() > 6 || Integer.parseInt(digits) > MAX_FORMAT_WIDTH;
		if (tooLong) {
			throw new IllegalArgumentException(
					"format " + what + " " + digits + " is over the judge's limit of " + MAX_FORMAT_WIDTH);
		}
	}

	/**
	 * {@code Math.random()} of one submission. The JDK's is one generator for the whole
	 * server: two of its values let a user predict the next ones another user's code
	 * gets. Each sandbox thread serves one submission, so a generator per thread is one
	 * per submission, seeded independently of every other.
	 */
	private static final ThreadLocal<Random> RANDOM = ThreadLocal.withInitial(Random::new);

	public static double random() {
		return RANDOM.get().nextDouble();
	}

}
