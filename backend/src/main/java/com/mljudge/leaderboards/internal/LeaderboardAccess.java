package com.mljudge.leaderboards.internal;

import com.mljudge.accounts.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may reach leaderboards and teams: reading is public; one's own team, creating,
 * joining (the invite page too) and leaving a team are not.
 */
@Configuration(proxyBeanMethods = false)
class LeaderboardAccess {

	@Bean
	AccessRules leaderboardRules() {
		return new AccessRules(
				(api) -> api.requestMatchers("/api/teams/mine")
					.authenticated()
					.requestMatchers(HttpMethod.GET, "/api/leaderboards", "/api/leaderboards/**", "/api/teams/**")
					.permitAll(),
				(pages) -> pages.requestMatchers("/teams/join/**")
					.authenticated()
					.requestMatchers(HttpMethod.POST, "/teams", "/teams/**")
					.authenticated()
					.requestMatchers("/leaderboards", "/leaderboards/**", "/teams/*")
					.permitAll());
	}

}
