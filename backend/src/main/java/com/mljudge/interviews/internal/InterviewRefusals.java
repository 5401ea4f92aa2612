package com.mljudge.interviews.internal;

import java.util.Map;

import com.mljudge.refusals.Refusal;
import com.mljudge.refusals.Refusal.Reason;

/**
 * Why an interview request was refused, in the interviews' words. The web module renders
 * the refusal as problem+json for the API and as the matching error page for a page.
 */
final class InterviewRefusals {

	private InterviewRefusals() {
	}

	/** Strangers learn nothing, not even that the interview exists. */
	static Refusal unknown(long id) {
		return Refusal.unknown("Unknown interview", "There is no interview " + id + " you can see.");
	}

	static Refusal forbidden(String detail) {
		return Refusal.forbidden("Not yours to do", detail);
	}

	static Refusal conflict(String detail) {
		return Refusal.conflict("Not now", detail);
	}

	static Refusal invalid(Map<String, String> errors) {
		return Refusal.invalidFields("Invalid interview",
				"Some fields need fixing: " + String.join(", ", errors.keySet()) + ".", errors);
	}

	static Refusal bad(String detail) {
		return Refusal.invalid("Invalid request", detail);
	}

	static Refusal tooLarge(String title, String detail) {
		return new Refusal(Reason.TOO_LARGE, title, detail);
	}

}
