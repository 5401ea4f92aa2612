package com.mljudge.problembank;

import java.util.List;

/**
 * The bank did not validate; {@link #errors()} holds every problem found, each naming
 * file and field.
 */
public class InvalidProblemBankException extends RuntimeException {

	private final List<String> errors;

	InvalidProblemBankException(List<String> errors) {
		super(errors.size() + " error(s) in the problem bank:\n  " + String.join("\n  ", errors));
		this.errors = List.copyOf(errors);
	}

	public List<String> errors() {
		return this.errors;
	}

}
