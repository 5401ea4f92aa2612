package com.mljudge.accounts;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is asking, as a controller takes it: a {@code CurrentUser} parameter (resolved from
 * the request's authentication, session or token alike) and, for templates, the
 * {@code viewer} request attribute. The one place that turns authorities into roles.
 *
 * @param name the username; null when nobody is signed in
 * @param roles the roles held; empty when nobody is signed in
 */
public record CurrentUser(String name, Set<Role> roles) {

	/** Nobody signed in. */
	public static final CurrentUser ANONYMOUS = new CurrentUser(null, Set.of());

	public CurrentUser {
		// In the enum's order, as the API lists them.
		roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
	}

	/**
	 * The user {@code authentication} stands for; anonymous when it is null or anonymous.
	 */
	public static CurrentUser of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return ANONYMOUS;
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			for (Role role : Role.values()) {
				if (role.authority().equals(authority.getAuthority())) {
					roles.add(role);
				}
			}
		}
		return new CurrentUser(authentication.getName(), roles);
	}

	public boolean signedIn() {
		return this.name != null;
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/** Sees everything: other users' submissions, boards through their freeze. */
	public boolean isAdmin() {
		return has(Role.ADMIN);
	}

	/** Authors problems (admins may too). */
	public boolean mayAuthor() {
		return isAdmin() || has(Role.AUTHOR);
	}

}
