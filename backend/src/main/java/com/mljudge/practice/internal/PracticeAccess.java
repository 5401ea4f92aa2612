package com.mljudge.practice.internal;

import com.mljudge.accounts.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may reach practice: questions are public to read; answers, reviews, quizzes,
 * self-assessments and drills need a signed-in user.
 */
@Configuration(proxyBeanMethods = false)
class PracticeAccess {

	@Bean
	AccessRules practiceRules() {
		return new AccessRules(
				(api) -> api.requestMatchers(HttpMethod.GET, "/api/questions", "/api/questions/**")
					.permitAll()
					.requestMatchers("/api/reviews", "/api/reviews/**")
					.authenticated(),
				(pages) -> pages
					.requestMatchers("/practice/review/**", "/practice/quiz/**",
							"/practice/questions/*/self-assessment/**", "/practice/drill", "/practice/drill/**")
					.authenticated()
					.requestMatchers("/practice", "/practice/due", "/practice/questions/*")
					.permitAll());
	}

}
