package com.mljudge.interviews.internal;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Why an interview request was refused. Leaves the API as problem+json with the status
 * (the shared handler renders {@link ErrorResponseException}s), and as the matching error
 * page from a page.
 */
final class Refusal extends ErrorResponseException {

	private static final long serialVersionUID = 1L;

	private Refusal(HttpStatus status, String title, String detail, Map<String, String> errors) {
		super(status, body(status, title, detail, errors), null);
	}

	private static ProblemDetail body(HttpStatus status, String title, String detail, Map<String, String> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		if (errors != null) {
			problem.setProperty("errors", errors);
		}
		return problem;
	}

	/** Strangers learn nothing, not even that the interview exists. */
	static Refusal unknown(long id) {
		return new Refusal(HttpStatus.NOT_FOUND, "Unknown interview", "There is no interview " + id + " you can see.",
				null);
	}

	static Refusal forbidden(String detail) {
		return new Refusal(HttpStatus.FORBIDDEN, "Not yours to do", detail, null);
	}

	static Refusal conflict(String detail) {
		return new Refusal(HttpStatus.CONFLICT, "Not now", detail, null);
	}

	static Refusal invalid(Map<String, String> errors) {
		return new Refusal(HttpStatus.BAD_REQUEST, "Invalid interview",
				"Some fields need fixing: " + String.join(", ", errors.keySet()) + ".", Map.copyOf(errors));
	}

	static Refusal bad(String detail) {
		return new Refusal(HttpStatus.BAD_REQUEST, "Invalid request", detail, null);
	}

	static Refusal of(int status, String title, String detail) {
		return new Refusal(HttpStatus.valueOf(status), title, detail, null);
	}

}
