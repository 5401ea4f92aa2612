package com.mljudge.python;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

import com.mljudge.judge.Verdict;

/**
 * Turns what the solution raised into a verdict and a message at its own lines, read from
 * the exception's Python traceback (the polyglot stack trace names whole functions, not
 * lines). Runs on the sandbox thread: reading a guest exception may run its code.
 */
final class GuestFailures {

	static final String FILE = "solution.py";

	private static final int MAX_FRAMES = 12;

	private static final Pattern SYNTAX_LINE = Pattern.compile("\\(" + FILE + ", line (\\d+)\\)");

	private static final int MAX_MESSAGE = 2_000;

	/** The judge's own refusal from the prelude (an import of a module out of reach). */
	private static final String REFUSED_IMPORT = "ImportError: import of '";

	private GuestFailures() {
	}

	static Outcome.Failed of(PolyglotException ex) {
		return of(ex, false);
	}

	/**
	 * @param atLoad whether the solution's top level raised it: a refused import there
	 * rejects the whole solution, as a refused API does a Java one
	 */
	static Outcome.Failed of(PolyglotException ex, boolean atLoad) {
		if (ex.isSyntaxError()) {
			// Python's own line (in the message) is where the statement went wrong; the
			// source section may point past it, at the next token.
			Matcher line = SYNTAX_LINE.matcher(String.valueOf(ex.getMessage()));
			SourceSection at = ex.getSourceLocation();
			int number = line.find() ? Integer.parseInt(line.group(1)) : syntaxLine(ex);
			if (number <= 0 && at != null) {
				number = at.getStartLine();
			}
			return new Outcome.Failed(Verdict.COMPILE_ERROR, syntaxMessage(ex.getMessage()), number);
		}
		if (ex.isHostException() || ex.isInternalError()) {
			// The context's policy refused something (a process, a host class), or the
			// host ran out of memory for one allocation.
			String message = String.valueOf(ex.getMessage());
			if (message.contains("OutOfMemoryError")) {
				return new Outcome.Failed(Verdict.MEMORY_LIMIT_EXCEEDED,
						"an allocation larger than the server can give (MemoryError)", 0);
			}
			int advice = message.indexOf(", to enable it");
			message = (advice > 0) ? message.substring(0, advice) : message;
			return new Outcome.Failed(Verdict.RUNTIME_ERROR, "refused by the sandbox: "
					+ message.replace("java.lang.SecurityException: ", "").replace("java.lang.", ""), 0);
		}
		String message = truncate(String.valueOf(ex.getMessage()));
		List<int[]> lines = new ArrayList<>();
		List<String> frames = frames(ex, lines);
		int line = lines.isEmpty() ? 0 : lines.get(0)[0];
		Verdict verdict = Verdict.RUNTIME_ERROR;
		if (message.startsWith("MemoryError")) {
			verdict = Verdict.MEMORY_LIMIT_EXCEEDED;
		}
		else if (atLoad && message.startsWith(REFUSED_IMPORT)) {
			verdict = Verdict.REJECTED;
		}
		StringBuilder text = new StringBuilder(message);
		for (String frame : frames) {
			text.append("\n    at ").append(frame);
		}
		return new Outcome.Failed(verdict, text.toString(), line);
	}

	/** Innermost first, like a Java stack trace; only the solution's own frames. */
	private static List<String> frames(PolyglotException ex, List<int[]> lines) {
		List<String> frames = new ArrayList<>();
		try {
			Value exception = ex.getGuestObject();
			if (exception == null || !exception.hasMember("__traceback__")) {
				return frames;
			}
			Value tb = exception.getMember("__traceback__");
			List<String> outermostFirst = new ArrayList<>();
			List<Integer> numbers = new ArrayList<>();
			int steps = 0;
			while (tb != null && !tb.isNull() && steps++ < 100_000) {
				Value code = tb.getMember("tb_frame").getMember("f_code");
				if (FILE.equals(code.getMember("co_filename").asString())) {
					int number = tb.getMember("tb_lineno").asInt();
					outermostFirst.add(code.getMember("co_name").asString() + " (line " + number + ")");
					numbers.add(number);
				}
				tb = tb.getMember("tb_next");
			}
			for (int i = outermostFirst.size() - 1; i >= 0 && frames.size() < MAX_FRAMES; i--) {
				frames.add(outermostFirst.get(i));
				lines.add(new int[] { numbers.get(i) });
			}
			if (outermostFirst.size() > MAX_FRAMES) {
				frames.add("... " + (outermostFirst.size() - MAX_FRAMES) + " more");
			}
		}
		catch (RuntimeException unreadable) {
			// A traceback that cannot be read leaves the message without lines.
		}
		return frames;
	}

	/** The SyntaxError's own {@code lineno}, 0 when it cannot be read. */
	private static int syntaxLine(PolyglotException ex) {
		try {
			Value error = ex.getGuestObject();
			if (error != null && error.hasMember("lineno") && error.getMember("lineno").fitsInInt()) {
				return error.getMember("lineno").asInt();
			}
		}
		catch (RuntimeException unreadable) {
			// Falls back to the source section.
		}
		return 0;
	}

	private static String syntaxMessage(String message) {
		String text = String.valueOf(message);
		int file = text.lastIndexOf(" (" + FILE + ", line");
		return truncate((file > 0) ? text.substring(0, file) : text);
	}

	private static String truncate(String text) {
		return (text.length() > MAX_MESSAGE) ? text.substring(0, MAX_MESSAGE) + "..." : text;
	}

}
