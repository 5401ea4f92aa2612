package com.mljudge.judge.internal.sandbox;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the instrumenter puts in place of library calls whose cost an argument decides, so
 * they can be allowed: formatting with its widths bounded, and substring searches on
 * {@code String} that tick per candidate position. Like {@link Guard}, public for user
 * classes in another loader and unreachable from source.
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

	// String.indexOf and its kin compare naively, up to haystack x needle steps in one
	// library call that no tick interrupts (45 s for a 200 k needle). These give the same
	// answers the way the JDK finds them (the needle's first char by a fast scan, then
	// the
	// rest compared), with a tick per candidate position: one stretch without a tick is
	// at most one needle's length, and an ordinary search costs what the JDK's does.

	public static boolean contains(String text, CharSequence part) {
		return indexOf(text, part.toString(), 0) >= 0;
	}

	public static int indexOf(String text, String part) {
		return indexOf(text, part, 0);
	}

	/** The smallest k >= max(from, 0) where {@code text.startsWith(part, k)}, or -1. */
	public static int indexOf(String text, String part, int from) {
		int length = text.length();
		int size = part.length();
		int k = Math.max(from, 0);
		if (size == 0) {
			return (k <= length) ? k : -1;
		}
		char first = part.charAt(0);
		int last = length - size;
		while (k <= last) {
			k = text.indexOf(first, k);
			if (k < 0 || k > last) {
				return -1;
			}
			if (text.regionMatches(k, part, 0, size)) {
				return k;
			}
			Guard.tick();
			k++;
		}
		return -1;
	}

	public static int lastIndexOf(String text, String part) {
		return lastIndexOf(text, part, text.length());
	}

	/**
	 * The largest k <= min(from, length) where {@code text.startsWith(part, k)}, or -1.
	 */
	public static int lastIndexOf(String text, String part, int from) {
		int size = part.length();
		int k = Math.min(from, text.length() - size);
		if (k < 0) {
			return -1;
		}
		if (size == 0) {
			return k;
		}
		char first = part.charAt(0);
		while (k >= 0) {
			k = text.lastIndexOf(first, k);
			if (k < 0) {
				return -1;
			}
			if (text.regionMatches(k, part, 0, size)) {
				return k;
			}
			Guard.tick();
			k--;
		}
		return -1;
	}

}
