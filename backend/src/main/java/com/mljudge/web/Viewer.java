package com.mljudge.web;

import com.mljudge.accounts.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who is looking at a page, as the templates ask it: the {@link CurrentUser} in the
 * {@code viewer} request attribute ({@code ${viewer.signedIn()}},
 * {@code ${viewer.isAdmin()}}, {@code ${viewer.mayAuthor()}}, {@code ${viewer.name()}}).
 * Worked out once per request instead of through the Spring Security dialect's
 * {@code sec:authorize}, which built and evaluated a security expression for each of the
 * dozen checks on every page: about a fifth of a signed-in problem page's CPU (JFR).
 */
final class Viewer {

	/** The request attribute the templates read. */
	static final String ATTRIBUTE = "viewer";

	private Viewer() {
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
						request.setAttribute(ATTRIBUTE,
								CurrentUser.of(SecurityContextHolder.getContext().getAuthentication()));
					}
					return true;
				}
			});
		}

	}

}
