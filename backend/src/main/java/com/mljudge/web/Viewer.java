package com.mljudge.web;

import java.util.Collection;

import com.mljudge.accounts.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who is looking at a page, as the templates ask it: {@code ${viewer.signedIn()}},
 * {@code ${viewer.admin()}}, {@code ${viewer.mayAuthor()}}, {@code ${viewer.name()}}.
 * Worked out once per request instead of through the Spring Security dialect's
 * {@code sec:authorize}, which built and evaluated a security expression for each of the
 * dozen checks on every page: about a fifth of a signed-in problem page's CPU (JFR).
 */
public record Viewer(boolean signedIn, String name, boolean admin, boolean mayAuthor) {

	/** The request attribute the templates read. */
	public static final String ATTRIBUTE = "viewer";

	static final Viewer ANONYMOUS = new Viewer(false, null, false, false);

	static Viewer of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return ANONYMOUS;
		}
		boolean admin = has(authentication.getAuthorities(), Role.ADMIN);
		boolean author = has(authentication.getAuthorities(), Role.AUTHOR);
		return new Viewer(true, authentication.getName(), admin, admin || author);
	}

	private static boolean has(Collection<? extends GrantedAuthority> authorities, Role role) {
		for (GrantedAuthority authority : authorities) {
			if (role.authority().equals(authority.getAuthority())) {
				return true;
			}
		}
		return false;
	}

	/** Sets the attribute before every handler, error pages included. */
	@Configuration(proxyBeanMethods = false)
	static class Registration implements WebMvcConfigurer {

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			registry.addInterceptor(new HandlerInterceptor() {
				@Override
				public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
					// A page cache may have set it already, with stand-ins
					// (SignedInPageCache).
					if (request.getAttribute(ATTRIBUTE) == null) {
						request.setAttribute(ATTRIBUTE, of(SecurityContextHolder.getContext().getAuthentication()));
					}
					return true;
				}
			});
		}

	}

}
