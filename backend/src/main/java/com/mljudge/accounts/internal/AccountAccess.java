package com.mljudge.accounts.internal;

import com.mljudge.accounts.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may reach the account pages and tokens: signing in and up is public, the rest is
 * the owner's.
 */
@Configuration(proxyBeanMethods = false)
class AccountAccess {

	@Bean
	AccessRules accountRules() {
		return new AccessRules((api) -> api.requestMatchers("/api/tokens", "/api/tokens/*", "/api/me").authenticated(),
				(pages) -> pages.requestMatchers("/login", "/register")
					.permitAll()
					.requestMatchers("/account", "/account/**")
					.authenticated());
	}

}
