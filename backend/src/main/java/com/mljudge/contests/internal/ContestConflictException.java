package com.mljudge.contests.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The request is fine but the contest's state forbids it now (deleting a started contest,
 * late registration).
 */
class ContestConflictException extends ResponseStatusException {

	ContestConflictException(String reason) {
		super(HttpStatus.CONFLICT, reason);
	}

}
