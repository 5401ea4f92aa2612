package com.mljudge.interviews.internal;

import com.mljudge.accounts.CurrentUser;
import com.mljudge.accounts.Role;

/** What the interview controllers need to know about the caller. */
final class Callers {

	private Callers() {
	}

	/** Holds the INTERVIEWER role (admins plan too). */
	static boolean interviewer(CurrentUser caller) {
		return caller.has(Role.INTERVIEWER) || caller.isAdmin();
	}

}
