package com.mljudge.web;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The last rule of both filter chains, for a request no module's {@code AccessRules}
 * matched. When a controller answers its path, it is refused: signed in, 403; not signed
 * in, the sign-in page or 401. A path no controller answers is left as before the rules
 * were per module ({@code elsewhere}), so an unknown page still gets the site's 404 page
 * and a static file is still served.
 */
final class UnlistedEndpoints implements AuthorizationManager<RequestAuthorizationContext> {

	private final Supplier<RequestMappingHandlerMapping> controllers;

	private final AuthorizationManager<RequestAuthorizationContext> elsewhere;

	/** Read on first use: the handler mapping is built after the filter chains. */
	private volatile List<PathPattern> paths;

	UnlistedEndpoints(Supplier<RequestMappingHandlerMapping> controllers,
			AuthorizationManager<RequestAuthorizationContext> elsewhere) {
		this.controllers = controllers;
		this.elsewhere = elsewhere;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		String path = pathWithinApplication(context.getRequest());
		PathContainer container = PathContainer.parsePath(path);
		for (PathPattern answered : paths()) {
			if (answered.matches(container)) {
				return new Refusal(path, answered.getPatternString());
			}
		}
		return this.elsewhere.authorize(authentication, context);
	}

	private List<PathPattern> paths() {
		List<PathPattern> paths = this.paths;
		if (paths == null) {
			paths = this.controllers.get()
				.getHandlerMethods()
				.keySet()
				.stream()
				.flatMap((mapping) -> mapping.getPatternValues().stream())
				.distinct()
				.map(PathPatternParser.defaultInstance::parse)
				.toList();
			this.paths = paths;
		}
		return paths;
	}

	private static String pathWithinApplication(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/** A controller's path that no module's rule covers. */
	static final class Refusal extends AuthorizationDecision {

		private final String path;

		private final String pattern;

		Refusal(String path, String pattern) {
			super(false);
			this.path = path;
			this.pattern = pattern;
		}

		@Override
		public String toString() {
			return "No module's AccessRules cover " + this.path + " (mapped as " + this.pattern + ")";
		}

	}

}
