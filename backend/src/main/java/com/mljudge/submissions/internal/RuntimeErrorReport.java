package com.mljudge.submissions.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A runtime error as the result shows it: exception class, message and the user's own
 * stack frames. The judge stores the error as text ({@code java.lang.X: message} then one
 * {@code at Class.method(File.java:7)} line per frame of the user's classes; for Python
 * {@code ZeroDivisionError: message} then {@code at function (line 7)} per frame of the
 * solution's), and this reads that text back for the page.
 */
record RuntimeErrorReport(String exception, String message, List<Frame> frames) {

	/**
	 * One frame of the user's code; {@code line} is 0 when the class file carried no line
	 * numbers; {@code className} is null for a Python function.
	 */
	record Frame(String className, String method, int line) {

		public String place() {
			return ((this.className != null) ? this.className + "." : "") + this.method
					+ ((this.line > 0) ? " line " + this.line : "");
		}

	}

	private static final Pattern FRAME = Pattern
		.compile("\\s+at ([\\w$.]+)\\.([\\w$<>]+)\\(([^():]*)(?::(\\d+))?\\)\\s*");

	private static final Pattern PYTHON_FRAME = Pattern.compile("\\s+at ([\\w<>]+) \\(line (\\d+)\\)\\s*");

	private static final Pattern HEAD = Pattern.compile("([\\w$]+(?:\\.[\\w$]+)+)(?:: (.*))?", Pattern.DOTALL);

	private static final Pattern MORE_FRAMES = Pattern.compile("\\s+at \\.\\.\\. \\d+ more\\s*");

	/** A Python exception is one name, such as {@code ZeroDivisionError}. */
	private static final Pattern PYTHON_HEAD = Pattern
		.compile("([A-Z]\\w*(?:Error|Exception|Exit|Interrupt))(?:: (.*))?", Pattern.DOTALL);

	/**
	 * Null when the text is not an exception's (a kill by the watchdog, say), which then
	 * shows as it is.
	 */
	static RuntimeErrorReport parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
		List<Frame> frames = new ArrayList<>();
		if (lines.size() > 1 && MORE_FRAMES.matcher(lines.get(lines.size() - 1)).matches()) {
			// A deep recursion's frames past the runner's cap: the ones kept are enough.
			lines.remove(lines.size() - 1);
		}
		while (!lines.isEmpty()) {
			String last = lines.get(lines.size() - 1);
			Matcher frame = FRAME.matcher(last);
			Matcher python = PYTHON_FRAME.matcher(last);
			if (frame.matches()) {
				int line = (frame.group(4) != null) ? Integer.parseInt(frame.group(4)) : 0;
				frames.add(0, new Frame(frame.group(1), frame.group(2), line));
			}
			else if (python.matches()) {
				frames.add(0, new Frame(null, python.group(1), Integer.parseInt(python.group(2))));
			}
			else {
				break;
			}
			lines.remove(lines.size() - 1);
		}
		String rest = String.join("\n", lines);
		Matcher head = HEAD.matcher(rest);
		if (!head.matches()) {
			head = PYTHON_HEAD.matcher(rest);
			if (!head.matches()) {
				return null;
			}
		}
		return new RuntimeErrorReport(head.group(1), head.group(2), List.copyOf(frames));
	}

}
