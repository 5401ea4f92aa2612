package com.mljudge.interviews.internal;

import com.mljudge.accounts.Role;

import org.springframework.security.core.Authentication;

/** What the interview controllers need to know about the caller. */
final class Callers {

	private Callers() {
	}

	/** Holds the INTERVIEWER role (admins plan too). */
	static boolean interviewer(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.anyMatch((a) -> Role.INTERVIEWER.authority().equals(a.getAuthority())
					|| Role.ADMIN.authority().equals(a.getAuthority()));
	}

}
