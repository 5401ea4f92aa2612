package com.mljudge.web;

import java.util.List;
import java.util.function.Supplier;

import com.mljudge.accounts.AccessRules;
import com.mljudge.accounts.AccessTokens;
import com.mljudge.accounts.Role;
import com.mljudge.accounts.SignInThrottle;
import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.json.JsonMapper;

/**
 * Two doors: the JSON API is stateless (Bearer tokens, or HTTP Basic to obtain one) and
 * answers 401/403 as problem+json; the site uses form login with sessions and
 * CSRF-protected forms.
 * <p>
 * Each module declares who may reach its URLs ({@link AccessRules}, beside its
 * controllers); both chains apply them all and end in {@link UnlistedEndpoints}, which
 * refuses a controller no rule covers. The site's own rules here cover the home page,
 * error page, static files, the OpenAPI description, the actuator and the admin area.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final AuthorizationDecision PERMITTED = new AuthorizationDecision(true);

	private static Supplier<RequestMappingHandlerMapping> controllers(BeanFactory beans) {
		return () -> beans.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, List<AccessRules> modules, BeanFactory beans,
			AccessTokens tokens, SignInThrottle throttle, JsonMapper json) throws Exception {
		ProblemJsonResponses problems = new ProblemJsonResponses(json);
		http.securityMatcher("/api/**").authorizeHttpRequests((requests) -> {
			// A verdict wait ends in an async dispatch that only writes the answer; the
			// request was authorized when it came in (stateless, so the dispatch has no
			// authentication of its own).
			requests.dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll();
			modules.forEach((module) -> module.api().customize(requests));
			requests.anyRequest()
				.access(new UnlistedEndpoints(controllers(beans), AuthenticatedAuthorizationManager.authenticated()));
		})
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
	SecurityFilterChain siteSecurity(HttpSecurity http, List<AccessRules> modules, BeanFactory beans,
			SignInThrottle throttle, JsonMapper json) throws Exception {
		http.authorizeHttpRequests((requests) -> {
			requests.requestMatchers("/", "/error", "/favicon.svg", "/css/**", "/js/**", "/webjars/**")
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
				.permitAll()
				// The API's OpenAPI description and its browser.
				.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
						"/swagger-ui/**")
				.permitAll();
			modules.forEach((module) -> module.pages().customize(requests));
			// The admin area and the rest of the actuator are the admins', whatever is
			// (or is not yet) under them.
			requests.requestMatchers("/admin/**", "/actuator/**")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.access(new UnlistedEndpoints(controllers(beans), (authentication, context) -> PERMITTED));
		})
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
