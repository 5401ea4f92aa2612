package com.mljudge.practice.internal;

import java.io.Serial;

import com.mljudge.refusals.Refusal;

/** No practice question has this slug; pages answer 404, the API 404 as problem+json. */
class UnknownQuestionException extends Refusal {

	@Serial
	private static final long serialVersionUID = 1L;

	UnknownQuestionException(String slug) {
		super(Reason.UNKNOWN, "Unknown question", "No practice question '" + slug + "'");
	}

}
