package com.mljudge.accounts.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a new account's name and password must meet. Each check answers the problem
 * in words a person can act on, or empty when the value is fine.
 */
final class Credentials {

	static final int MIN_PASSWORD_LENGTH = 10;

	static final int MAX_PASSWORD_LENGTH = 128;

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{2,31}");

	// The handful that password crackers try first; length alone does not rule these out.
	private static final Set<String> COMMON = Set.of("password123", "password1234", "1234567890", "0123456789",
			"qwertyuiop", "iloveyou123", "letmein123", "welcome123", "admin12345", "passw0rd123", "abcdefghij",
			"1qaz2wsx3edc", "qwerty12345", "changeme123", "monkey12345", "dragon12345");

	private Credentials() {
	}

	static Optional<String> usernameProblem(String username) {
		if (username == null || username.isBlank()) {
			return Optional.of("Choose a username.");
		}
		if (!USERNAME.matcher(username).matches()) {
			return Optional.of("Use 3 to 32 letters, digits, '.', '_' or '-', starting with a letter or digit.");
		}
		return Optional.empty();
	}

	static Optional<String> passwordProblem(String password, String username) {
		if (password == null || password.isEmpty()) {
			return Optional.of("Choose a password.");
		}
		if (password.length() < MIN_PASSWORD_LENGTH) {
			return Optional.of("Use at least " + MIN_PASSWORD_LENGTH + " characters.");
		}
		if (password.length() > MAX_PASSWORD_LENGTH) {
			return Optional.of("Use at most " + MAX_PASSWORD_LENGTH + " characters.");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower)) {
			return Optional.of("This password is among the first ones attackers try; choose another.");
		}
		if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("The password must not contain the username.");
		}
		if (password.chars().distinct().count() < 5) {
			return Optional.of("Use a password with more variety (at least 5 different characters).");
		}
		return Optional.empty();
	}

}
