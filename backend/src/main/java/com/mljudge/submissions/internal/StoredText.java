package com.mljudge.submissions.internal;

/**
 * PostgreSQL can hold no NUL (U+0000) in text, nor the escape {@code \u0000} in jsonb,
 * yet user code prints, throws and returns whatever it likes. Such a character is stored
 * and shown as U+FFFD, the replacement character, instead of failing the verdict's write.
 */
final class StoredText {

	/** What a NUL from user code becomes, in storage and on every page. */
	static final char NUL_SHOWN_AS = '\uFFFD';

	private StoredText() {
	}

	/**
	 * JSON as Jackson writes it (a NUL only ever appears as the escape {@code \u0000})
	 * made fit for jsonb.
	 */
	static String jsonb(String json) {
		if (!json.contains("\\u0000")) {
			return json;
		}
		StringBuilder safe = new StringBuilder(json.length());
		int i = 0;
		while (i < json.length()) {
			char c = json.charAt(i);
			if (c != '\\' || i + 1 >= json.length()) {
				safe.append(c);
				i++;
			}
			else if (json.startsWith("u0000", i + 1)) {
				safe.append("\\ufffd");
				i += 6;
			}
			else {
				// Any other escape, "\\" included, is copied whole so its second
				// character
				// never starts an escape of its own.
				safe.append(c).append(json.charAt(i + 1));
				i += 2;
			}
		}
		return safe.toString();
	}

	/**
	 * Where the first NUL sits, as "line L, column C" (both from 1), or null when there
	 * is none.
	 */
	static String nulPosition(String text) {
		int at = text.indexOf('\0');
		if (at < 0) {
			return null;
		}
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < at; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return "line " + line + ", column " + (at - lineStart + 1);
	}

}
