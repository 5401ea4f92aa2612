package com.mljudge.contests.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A contest request with wrong fields: the form shows each message by its field, the API
 * answers 400.
 */
class InvalidContestException extends RuntimeException {

	private final Map<String, String> errors;

	InvalidContestException(Map<String, String> errors) {
		super(String.join(" ", errors.values()));
		// Kept in the order the fields were checked, which is the form's order.
		this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
	}

	Map<String, String> errors() {
		return this.errors;
	}

}
