package com.mljudge.accounts;

import java.util.Optional;

/** Resolves personal access tokens sent as {@code Authorization: Bearer <token>}. */
public interface AccessTokens {

	/**
	 * The owner of a live token, or empty for an unknown, revoked or malformed one.
	 */
	Optional<TokenOwner> authenticate(String rawToken);

}
