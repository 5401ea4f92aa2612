package com.mljudge.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who holds which role, for the admin's users page. A change applies from the account's
 * next sign-in (a session keeps the authorities it signed in with).
 */
public interface AccountRoles {

	/** An account and its roles. */
	record Member(String username, Set<Role> roles, Instant createdAt) {

		public Member {
			roles = Set.copyOf(roles);
		}

		public boolean has(Role role) {
			return this.roles.contains(role);
		}

	}

	/**
	 * Accounts in name order, at most {@code limit}, whose name contains {@code filter}
	 * (any case; null: all).
	 */
	List<Member> members(String filter, int limit);

	Optional<Member> member(String username);

	/**
	 * @return true when the account did not have the role before
	 */
	boolean grant(String username, Role role);

	/**
	 * Every account keeps USER, and the last ADMIN cannot lose ADMIN (nobody could grant
	 * it back).
	 * @return true when the account had the role
	 * @throws com.mljudge.refusals.Refusal when the role may not be taken away
	 */
	boolean revoke(String username, Role role);

}
