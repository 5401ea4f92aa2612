package com.mljudge.accounts.internal;

/** A token's name is a label its owner chooses: required, short, printable. */
final class TokenNames {

	static final int MAX_LENGTH = 100;

	private TokenNames() {
	}

	/** The problem with a proposed name, or null when it is fine. */
	static String problem(String name) {
		if (name == null || name.isBlank()) {
			return "Give the token a name, for example the machine or script that will use it.";
		}
		if (name.strip().length() > MAX_LENGTH) {
			return "Use at most " + MAX_LENGTH + " characters for the name.";
		}
		if (name.chars().anyMatch(Character::isISOControl)) {
			return "The name must not contain control characters.";
		}
		return null;
	}

}
