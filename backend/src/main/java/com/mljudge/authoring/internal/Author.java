package com.mljudge.authoring.internal;

import com.mljudge.accounts.CurrentUser;

/**
 * Who is authoring: an admin may do everything, an author only works on problems they
 * own.
 */
record Author(String username, boolean admin) {

	static Author of(CurrentUser user) {
		return new Author(user.name(), user.isAdmin());
	}

	boolean owns(String owner) {
		return this.admin || this.username.equalsIgnoreCase(owner);
	}

}
