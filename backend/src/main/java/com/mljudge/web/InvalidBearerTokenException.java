package com.mljudge.web;

import org.springframework.security.core.AuthenticationException;

/** A Bearer token was sent but is unknown, revoked or malformed. */
class InvalidBearerTokenException extends AuthenticationException {

	InvalidBearerTokenException() {
		super("The access token is unknown or revoked.");
	}

}
