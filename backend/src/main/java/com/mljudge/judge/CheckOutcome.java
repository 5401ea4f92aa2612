package com.mljudge.judge;

/**
 * What a {@link Checker} answered: passed or not, and a short message for the user.
 */
public record CheckOutcome(boolean passed, String message) {

	public static CheckOutcome pass() {
		return new CheckOutcome(true, "ok");
	}

	public static CheckOutcome fail(String message) {
		return new CheckOutcome(false, message);
	}

}
