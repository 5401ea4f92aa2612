package com.mljudge.problems.internal;

import com.mljudge.accounts.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may reach the catalog: anyone reads it. */
@Configuration(proxyBeanMethods = false)
class ProblemAccess {

	@Bean
	AccessRules problemRules() {
		return new AccessRules(
				(api) -> api.requestMatchers(HttpMethod.GET, "/api/problems", "/api/problems/**").permitAll(),
				(pages) -> pages.requestMatchers("/problems", "/problems/*").permitAll());
	}

}
