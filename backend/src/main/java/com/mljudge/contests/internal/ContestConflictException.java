package com.mljudge.contests.internal;

import java.io.Serial;

import com.mljudge.refusals.Refusal;

/**
 * The request is fine but the contest's state forbids it now (deleting a started contest,
 * late registration).
 */
class ContestConflictException extends Refusal {

	@Serial
	private static final long serialVersionUID = 1L;

	ContestConflictException(String reason) {
		super(Reason.CONFLICT, "Not now", reason);
	}

}
