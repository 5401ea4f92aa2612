package com.mljudge.authoring.internal;

import com.mljudge.accounts.Role;

import org.springframework.security.core.Authentication;

/**
 * Who is authoring: an admin may do everything, an author only works on problems they
 * own.
 */
record Author(String username, boolean admin) {

	static Author of(Authentication authentication) {
		boolean admin = authentication.getAuthorities()
			.stream()
			.anyMatch((a) -> Role.ADMIN.authority().equals(a.getAuthority()));
		return new Author(authentication.getName(), admin);
	}

	boolean owns(String owner) {
		return this.admin || this.username.equalsIgnoreCase(owner);
	}

}
