package com.mljudge.leaderboards.internal;

import java.io.Serial;

import com.mljudge.refusals.Refusal;

/**
 * A team form the person can fix (a name, an invite code, a team they are or are not in):
 * the team pages show its reason beside the form instead of an error page.
 */
class TeamRefusal extends Refusal {

	@Serial
	private static final long serialVersionUID = 1L;

	TeamRefusal(String title, String detail) {
		super(Reason.INVALID, title, detail);
	}

}
