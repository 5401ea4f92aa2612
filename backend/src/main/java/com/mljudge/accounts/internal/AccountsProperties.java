package com.mljudge.accounts.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The first admin and the throttle on password sign-ins (the README's configuration table
 * is this Javadoc).
 *
 * @param admin the account created on the first start
 * @param signIn password sign-ins
 */
@ConfigurationProperties("judge")
@Validated
record AccountsProperties(@DefaultValue @Valid Admin admin, @DefaultValue @Valid SignIn signIn) {

	/**
	 * @param password password of the admin account created on the first start; empty
	 * means generate one and print it once
	 */
	record Admin(@DefaultValue("") String password) {
	}

	/**
	 * @param freeFailuresPerAccount wrong passwords (form or HTTP Basic) for one account
	 * before it is locked
	 * @param freeFailuresPerAddress wrong passwords for one client address, whatever the
	 * account, before it is locked
	 * @param lockSeconds the first lock, in seconds; each further failure doubles it
	 * @param maxLockMinutes the longest lock, in minutes
	 */
	record SignIn(@DefaultValue("5") @PositiveOrZero int freeFailuresPerAccount,
			@DefaultValue("30") @PositiveOrZero int freeFailuresPerAddress,
			@DefaultValue("15") @Positive long lockSeconds, @DefaultValue("15") @Positive long maxLockMinutes) {
	}

}
