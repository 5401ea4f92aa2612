package com.mljudge.authoring.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A refusal with the status pages and the API answer: 403 not yours, 404 no such problem,
 * 409 not now.
 */
class AuthoringException extends ResponseStatusException {

	AuthoringException(HttpStatus status, String reason) {
		super(status, reason);
	}

	static AuthoringException notFound(String slug) {
		return new AuthoringException(HttpStatus.NOT_FOUND, "No problem '" + slug + "'.");
	}

	static AuthoringException notYours(String slug) {
		return new AuthoringException(HttpStatus.FORBIDDEN, "'" + slug + "' belongs to another author.");
	}

	static AuthoringException adminOnly(String what) {
		return new AuthoringException(HttpStatus.FORBIDDEN, "Only an admin may " + what + ".");
	}

}
