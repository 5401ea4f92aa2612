package com.mljudge.accounts;

/** What an account may do. Every account has USER; the others are granted on top. */
public enum Role {

	ADMIN, AUTHOR, INTERVIEWER, USER;

	/** The Spring Security authority for this role. */
	public String authority() {
		return "ROLE_" + name();
	}

}
