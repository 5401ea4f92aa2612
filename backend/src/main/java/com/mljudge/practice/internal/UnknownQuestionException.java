package com.mljudge.practice.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No practice question has this slug; pages answer 404, the API 404 as problem+json. */
class UnknownQuestionException extends ResponseStatusException {

	UnknownQuestionException(String slug) {
		super(HttpStatus.NOT_FOUND, "No practice question '" + slug + "'");
	}

}
