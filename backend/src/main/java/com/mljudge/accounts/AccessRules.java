package com.mljudge.accounts;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may reach one module's URLs, declared by the module beside its controllers as a
 * bean. The site's security applies every module's rules and refuses a request to a
 * controller that no rule matched: a new endpoint is closed until its module says who may
 * call it ({@code AccessRulesTests} names any that are not covered).
 * <p>
 * A module's patterns cover only its own paths, so the order in which modules are applied
 * does not matter; within a module, the first matching rule wins.
 *
 * @param api rules for {@code /api/**}, the stateless JSON API
 * @param pages rules for everything else: the site's pages, their fragments and form
 * posts
 */
public record AccessRules(
		Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> api,
		Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> pages) {

	/** Rules for the JSON API only. */
	public static AccessRules api(
			Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> api) {
		return new AccessRules(api, Customizer.withDefaults());
	}

	/** Rules for pages only. */
	public static AccessRules pages(
			Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> pages) {
		return new AccessRules(Customizer.withDefaults(), pages);
	}

}
