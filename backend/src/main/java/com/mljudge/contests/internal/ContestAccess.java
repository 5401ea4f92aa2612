package com.mljudge.contests.internal;

import com.mljudge.accounts.AccessRules;
import com.mljudge.accounts.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may reach contests: anyone reads, signed-in users register, admins change them. */
@Configuration(proxyBeanMethods = false)
class ContestAccess {

	@Bean
	AccessRules contestRules() {
		return new AccessRules(
				(api) -> api.requestMatchers(HttpMethod.GET, "/api/contests", "/api/contests/**")
					.permitAll()
					.requestMatchers(HttpMethod.POST, "/api/contests/*/registration")
					.authenticated()
					.requestMatchers("/api/contests", "/api/contests/**")
					.hasRole(Role.ADMIN.name()),
				(pages) -> pages.requestMatchers("/contests/*/registration")
					.authenticated()
					// The banner is a fragment of the problem page.
					.requestMatchers("/contests", "/contests/**", "/problems/*/contest-banner")
					.permitAll()
					.requestMatchers("/admin/contests/**")
					.hasRole(Role.ADMIN.name()));
	}

}
