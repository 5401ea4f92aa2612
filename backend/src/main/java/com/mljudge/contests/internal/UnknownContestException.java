package com.mljudge.contests.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * No contest has this slug: pages answer with the 404 page, the API with 404
 * problem+json.
 */
class UnknownContestException extends ResponseStatusException {

	UnknownContestException(String slug) {
		super(HttpStatus.NOT_FOUND, "No contest '" + slug + "'");
	}

}
