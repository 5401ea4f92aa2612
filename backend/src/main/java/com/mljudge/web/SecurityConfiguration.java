package com.mljudge.web;

import com.mljudge.accounts.AccessTokens;
import com.mljudge.accounts.Role;
import com.mljudge.accounts.SignInThrottle;
import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import tools.jackson.databind.json.JsonMapper;

/**
 * Two doors: the JSON API is stateless (Bearer tokens, or HTTP Basic to obtain one) and
 * answers 401/403 as problem+json; the site uses form login with sessions and
 * CSRF-protected forms.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, AccessTokens tokens, SignInThrottle throttle, JsonMapper json)
			throws Exception {
		ProblemJsonResponses problems = new ProblemJsonResponses(json);
		http.securityMatcher("/api/**")
			// The catalog and practice questions are public to read; answers only come
			// with a signed-in caller.
			.authorizeHttpRequests((requests) -> requests
				// A verdict wait ends in an async dispatch that only writes the
				// answer; the request was authorized when it came in (stateless, so
				// the dispatch has no authentication of its own).
				.dispatcherTypeMatchers(DispatcherType.ASYNC)
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/problems", "/api/problems/**", "/api/questions",
						"/api/questions/**")
				.permitAll()
				.requestMatchers("/api/admin/**")
				.hasRole(Role.ADMIN.name())
				// Contests: anyone reads, signed-in users register, admins change them.
				.requestMatchers(HttpMethod.GET, "/api/contests", "/api/contests/**")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/contests/*/registration")
				.authenticated()
				.requestMatchers("/api/contests", "/api/contests/**")
				.hasRole(Role.ADMIN.name())
				// authoring: importing problems is for admins
				.requestMatchers("/api/authoring/**")
				.hasRole(Role.ADMIN.name())
				// Leaderboards and teams are public to read.
				.requestMatchers(HttpMethod.GET, "/api/leaderboards", "/api/leaderboards/**", "/api/teams/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.httpBasic((basic) -> basic.authenticationEntryPoint(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
			.addFilterBefore(new SignInLockFilter(throttle, problems), BasicAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain siteSecurity(HttpSecurity http, SignInThrottle throttle, JsonMapper json) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
			.permitAll()
			.requestMatchers("/account/**", "/profile", "/problems/*/submit", "/problems/*/run", "/submissions/**",
					"/practice/review/**", "/practice/quiz/**", "/practice/questions/*/self-assessment/**",
					"/problems/*/submissions")
			.authenticated()
			.requestMatchers(HttpMethod.PUT, "/problems/*/draft")
			.authenticated()
			.requestMatchers("/contests/*/registration")
			.authenticated()
			// interviews: every page and its JSON is for signed-in people (access is per
			// interview)
			.requestMatchers("/interviews", "/interviews/**")
			.authenticated()
			// Teams: reading a team is public; creating, joining (also the invite page),
			// leaving are not.
			.requestMatchers("/teams/join/**")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/teams", "/teams/**")
			.authenticated()
			.requestMatchers("/admin/**", "/actuator/**")
			.hasRole(Role.ADMIN.name())
			// authoring: authors and admins only (ownership is checked per problem)
			.requestMatchers("/authoring/**")
			.hasAnyRole(Role.AUTHOR.name(), Role.ADMIN.name())
			.anyRequest()
			.permitAll())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/?signedOut").permitAll())
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp
					.policyDirectives("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
							+ "script-src 'self'; object-src 'none'; frame-ancestors 'none'"))
				// Links out of a page (statements link to papers and docs) do not carry
				// submission or contest URLs.
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.httpBasic(Customizer.withDefaults())
			.addFilterBefore(new SignInLockFilter(throttle, new ProblemJsonResponses(json)),
					UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

}
