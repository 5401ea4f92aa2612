package com.mljudge.contests.internal;

import java.io.Serial;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.mljudge.refusals.Refusal;

/**
 * A contest request with wrong fields: the form shows each message by its field, the API
 * answers 400 with them in {@code errors}.
 */
class InvalidContestException extends Refusal {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Map<String, String> errors;

	InvalidContestException(Map<String, String> errors) {
		// Kept in the order the fields were checked, which is the form's order.
		super(Reason.INVALID, "Invalid contest", String.join(" ", errors.values()),
				Map.of("errors", Collections.unmodifiableMap(new LinkedHashMap<>(errors))), null);
		this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
	}

	Map<String, String> errors() {
		return this.errors;
	}

}
