package com.mljudge.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Static files and webjars are linked by plain, versionless paths
 * ({@code /webjars/bootstrap/css/...}), which the webjars resolver serves as they are.
 * Spring Boot would also register the {@link ResourceUrlEncodingFilter}, which passes
 * every link a page renders through the resource chain; since static resources are mapped
 * to {@code /**}, each ordinary link ({@code /problems}, {@code /login} ...) became
 * several class-path lookups in the application jar on every render, about half of a
 * problem page's CPU (JFR). Nothing here needs rewritten links, so the filter is
 * registered disabled, which also keeps Spring Boot from adding its own.
 * <p>
 * Public pages seen anonymously are micro-cached for a few seconds
 * ({@link AnonymousPageCache}, {@code judge.page-cache.ttl}, boards
 * {@code judge.page-cache.board-ttl}; 0 turns either off), and problem pages seen signed
 * in are rendered once per few seconds per kind of viewer ({@link SignedInPageCache},
 * {@code judge.page-cache.signed-in-ttl}); {@link PageCaches} holds both.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	FilterRegistrationBean<AnonymousPageCache> anonymousPageCache(PageCaches caches) {
		FilterRegistrationBean<AnonymousPageCache> registration = new FilterRegistrationBean<>(caches.anonymous());
		// Before Spring Security: a cached anonymous page needs no security context.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<SignedInPageCache> signedInPageCache(PageCaches caches) {
		FilterRegistrationBean<SignedInPageCache> registration = new FilterRegistrationBean<>(caches.signedIn());
		// After Spring Security (its filter chain is at -100): it needs the signed-in
		// user and the CSRF token.
		registration.setOrder(0);
		return registration;
	}

}
