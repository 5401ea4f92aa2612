package com.mljudge.submissions.internal;

import java.util.Objects;

import com.mljudge.submissions.SubmissionJudged.Mode;

/**
 * What an {@code Idempotency-Key} may be, and when a request sent again with one is the
 * same attempt as the first.
 */
final class IdempotencyKeys {

	static final int MAX_LENGTH = 100;

	private IdempotencyKeys() {
	}

	/** What is wrong with the key, or null when it is fine. */
	static String problem(String key) {
		if (key.isEmpty() || key.length() > MAX_LENGTH) {
			return "An Idempotency-Key has 1 to " + MAX_LENGTH + " characters; this one has " + key.length() + ".";
		}
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			if (c < 0x21 || c > 0x7e) {
				return "An Idempotency-Key is printable ASCII without spaces (a UUID is a good one); character "
						+ (i + 1) + " is not.";
			}
		}
		return null;
	}

	/** {@code input} is compared as stored: normalized JSON. */
	static boolean sameAttempt(String problem, Mode mode, String source, String input, String newProblem, Mode newMode,
			String newSource, String newInput) {
		return newProblem != null && problem.equals(newProblem.strip()) && mode == newMode && source.equals(newSource)
				&& Objects.equals(input, newInput);
	}

}
