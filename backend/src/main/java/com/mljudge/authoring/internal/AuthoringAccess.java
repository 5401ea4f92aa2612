package com.mljudge.authoring.internal;

import com.mljudge.accounts.AccessRules;
import com.mljudge.accounts.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may reach authoring: authors and admins (ownership is checked per problem);
 * importing, users and roles, the audit log and the bank export are for admins.
 */
@Configuration(proxyBeanMethods = false)
class AuthoringAccess {

	@Bean
	AccessRules authoringRules() {
		return new AccessRules((api) -> api.requestMatchers("/api/authoring/**").hasRole(Role.ADMIN.name()),
				(pages) -> pages.requestMatchers("/authoring/**")
					.hasAnyRole(Role.AUTHOR.name(), Role.ADMIN.name())
					.requestMatchers("/admin/users/**", "/admin/audit", "/admin/bank/**", "/admin/import")
					.hasRole(Role.ADMIN.name()));
	}

}
