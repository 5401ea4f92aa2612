package com.mljudge.submissions.internal;

import com.mljudge.accounts.AccessRules;
import com.mljudge.accounts.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may reach submissions: submitting, running and reading one's own need a signed-in
 * user; a problem's explanation, status and draft answer anyone (empty for a visitor);
 * rejudging is for admins.
 */
@Configuration(proxyBeanMethods = false)
class SubmissionAccess {

	@Bean
	AccessRules submissionRules() {
		return new AccessRules(
				(api) -> api.requestMatchers("/api/admin/problems/*/rejudge", "/api/admin/submissions/*/rejudge")
					.hasRole(Role.ADMIN.name())
					.requestMatchers("/api/submissions", "/api/submissions/**", "/api/runs")
					.authenticated(),
				(pages) -> pages
					.requestMatchers("/problems/*/submit", "/problems/*/run", "/problems/*/submissions",
							"/submissions/**", "/profile")
					.authenticated()
					.requestMatchers(HttpMethod.PUT, "/problems/*/draft")
					.authenticated()
					.requestMatchers("/problems/*/draft", "/problems/*/explanation", "/problems/*/status")
					.permitAll());
	}

}
