package com.mljudge.authoring.internal;

import java.io.Serial;

import com.mljudge.refusals.Refusal;

/**
 * A refusal pages and the API both answer: not yours, no such problem, not now, too
 * large.
 */
class AuthoringException extends Refusal {

	@Serial
	private static final long serialVersionUID = 1L;

	private AuthoringException(Reason reason, String title, String detail) {
		super(reason, title, detail);
	}

	static AuthoringException notFound(String slug) {
		return new AuthoringException(Reason.UNKNOWN, "Unknown problem", "No problem '" + slug + "'.");
	}

	static AuthoringException notYours(String slug) {
		return new AuthoringException(Reason.FORBIDDEN, "Not yours", "'" + slug + "' belongs to another author.");
	}

	static AuthoringException adminOnly(String what) {
		return new AuthoringException(Reason.FORBIDDEN, "Admins only", "Only an admin may " + what + ".");
	}

	/** The problem's state forbids it now (publishing an unvalidated draft). */
	static AuthoringException notNow(String detail) {
		return new AuthoringException(Reason.CONFLICT, "Not now", detail);
	}

	static AuthoringException tooLarge(String detail) {
		return new AuthoringException(Reason.TOO_LARGE, "Archive too large", detail);
	}

}
