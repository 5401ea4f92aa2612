package com.mljudge.contests.internal;

import com.mljudge.accounts.Role;
import com.mljudge.contests.internal.Scoreboard.Viewer;

import org.springframework.security.core.Authentication;

/**
 * Who looks at a board: admins see through the freeze, everyone else (signed in or not)
 * does not.
 */
final class Viewers {

	private Viewers() {
	}

	static Viewer of(Authentication authentication) {
		return isAdmin(authentication) ? Viewer.ADMIN : Viewer.PUBLIC;
	}

	static boolean isAdmin(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((a) -> ("ROLE_" + Role.ADMIN.name()).equals(a.getAuthority()));
	}

	static String username(Authentication authentication) {
		return (authentication == null || !authentication.isAuthenticated()) ? null : authentication.getName();
	}

}
