package com.mljudge.judge.internal.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders a user's throwable inside the sandbox thread, under the run's budget: its
 * message may come from a user-written {@code getMessage()} that loops, allocates or
 * lies.
 */
final class ThrowableReport {

	static final int MAX_MESSAGE = 500;

	static final int MAX_FRAMES = 12;

	private ThrowableReport() {
	}

	static CallOutcome.Threw render(Throwable thrown, Set<String> userClasses) {
		String exception = thrown.getClass().getName();
		String message;
		try {
			message = truncate(thrown.getMessage());
		}
		catch (RuntimeException ex) {
			message = "(getMessage() threw " + ex.getClass().getName() + ")";
		}
		List<String> frames = new ArrayList<>();
		StackTraceElement[] trace;
		try {
			trace = thrown.getStackTrace();
		}
		catch (RuntimeException ex) {
			trace = new StackTraceElement[0];
		}
		if (trace != null) {
			for (StackTraceElement frame : trace) {
				if (frame != null && userClasses.contains(frame.getClassName()) && frames.size() < MAX_FRAMES) {
					String line = (frame.getLineNumber() > 0) ? ":" + frame.getLineNumber() : "";
					String file = (frame.getFileName() != null) ? frame.getFileName() : "Unknown Source";
					frames.add(frame.getClassName() + "." + frame.getMethodName() + "(" + truncate(file) + line + ")");
				}
			}
		}
		return new CallOutcome.Threw(exception, message, List.copyOf(frames));
	}

	static String truncate(String text) {
		if (text == null) {
			return null;
		}
		return (text.length() <= MAX_MESSAGE) ? text : text.substring(0, MAX_MESSAGE) + "...";
	}

}
