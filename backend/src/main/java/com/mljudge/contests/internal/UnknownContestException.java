package com.mljudge.contests.internal;

import java.io.Serial;

import com.mljudge.refusals.Refusal;

/**
 * No contest has this slug: pages answer with the 404 page, the API with 404
 * problem+json.
 */
class UnknownContestException extends Refusal {

	@Serial
	private static final long serialVersionUID = 1L;

	UnknownContestException(String slug) {
		super(Reason.UNKNOWN, "Unknown contest", "No contest '" + slug + "'");
	}

}
