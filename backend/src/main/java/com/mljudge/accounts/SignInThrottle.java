package com.mljudge.accounts;

import java.time.Duration;
import java.util.Optional;

/**
 * Password sign-ins (form and HTTP Basic) after repeated failures for one account or from
 * one address wait out a lock that grows with each further failure. API tokens are not
 * passwords and are never throttled here.
 */
public interface SignInThrottle {

	/**
	 * How long a password sign-in as {@code username} from {@code address} is still
	 * refused; empty when it may be tried.
	 */
	Optional<Duration> lockedFor(String username, String address);

	/** Noted for the audit trail: a sign-in refused because of a lock. */
	void refused(String username, String address);

}
