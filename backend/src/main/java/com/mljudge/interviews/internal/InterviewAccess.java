package com.mljudge.interviews.internal;

import com.mljudge.accounts.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may reach interviews: every page and its JSON is for signed-in people (access is
 * per interview, checked by the module).
 */
@Configuration(proxyBeanMethods = false)
class InterviewAccess {

	@Bean
	AccessRules interviewRules() {
		return new AccessRules((api) -> api.requestMatchers("/api/interviews", "/api/interviews/**").authenticated(),
				(pages) -> pages.requestMatchers("/interviews", "/interviews/**").authenticated());
	}

}
