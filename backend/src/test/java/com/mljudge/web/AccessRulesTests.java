package com.mljudge.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.mljudge.support.IntegrationTest;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every controller endpoint is covered by a rule some module declared: one that is not
 * fails the build with its method and path named (and would be refused at run time).
 */
@IntegrationTest
class AccessRulesTests {

	@Autowired
	ApplicationContext context;

	@Test
	void everyEndpointIsCoveredByAModulesRule() {
		assertThat(unruled(this.context)).as("endpoints no module's AccessRules cover").isEmpty();
	}

	@Test
	void theWalkSeesEveryModulesEndpoints() {
		// A walk that found nothing would pass the test above vacuously.
		Set<String> paths = new TreeSet<>();
		handlers(this.context).keySet().forEach((info) -> paths.addAll(info.getPatternValues()));
		assertThat(paths).contains("/account", "/api/me", "/authoring", "/admin/contests/new", "/contests/{slug}",
				"/api/interviews/{id}/report", "/leaderboards", "/practice/quiz", "/problems/{slug}",
				"/problems/{slug}/submit", "/api/admin/submissions/{id}/rejudge", "/");
	}

	/**
	 * Each endpoint ({@code METHOD /path}, variables filled in) that the filter chain
	 * would refuse as not covered by any rule.
	 */
	static List<String> unruled(ApplicationContext context) {
		FilterChainProxy proxy = context.getBean(FilterChainProxy.class);
		List<String> refused = new ArrayList<>();
		handlers(context).keySet().forEach((info) -> {
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : methods(info)) {
					MockHttpServletRequest request = new MockHttpServletRequest(method.name(), concrete(pattern));
					AuthorizationResult result = authorization(proxy, request)
						.authorize(() -> new TestingAuthenticationToken("someone", "password", "ROLE_USER"), request);
					if (result instanceof UnlistedEndpoints.Refusal) {
						refused.add(method + " " + pattern);
					}
				}
			}
		});
		return refused;
	}

	private static Map<RequestMappingInfo, HandlerMethod> handlers(ApplicationContext context) {
		return context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class).getHandlerMethods();
	}

	private static Set<RequestMethod> methods(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		return methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods;
	}

	/** {@code /problems/{slug}/submit} as a request path: {@code /problems/x/submit}. */
	private static String concrete(String pattern) {
		return pattern.replaceAll("\\{\\*[^}]*}", "x").replaceAll("\\{[^}]*}", "x").replace("/**", "/x");
	}

	private static AuthorizationManager<HttpServletRequest> authorization(FilterChainProxy proxy,
			MockHttpServletRequest request) {
		for (SecurityFilterChain chain : proxy.getFilterChains()) {
			if (chain.matches(request)) {
				for (Filter filter : chain.getFilters()) {
					if (filter instanceof AuthorizationFilter authorization) {
						return authorization.getAuthorizationManager();
					}
				}
			}
		}
		throw new AssertionError("no filter chain authorizes " + request.getRequestURI());
	}

}
