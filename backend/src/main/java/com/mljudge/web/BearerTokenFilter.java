package com.mljudge.web;

import java.io.IOException;
import java.util.Optional;

import com.mljudge.accounts.AccessTokens;
import com.mljudge.accounts.Role;
import com.mljudge.accounts.TokenOwner;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry
 * {@code Authorization: Bearer <personal access token>}.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final AccessTokens tokens;

	private final ProblemJsonResponses problems;

	BearerTokenFilter(AccessTokens tokens, ProblemJsonResponses problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<TokenOwner> owner = this.tokens.authenticate(header.substring(BEARER.length()).strip());
		if (owner.isEmpty()) {
			SecurityContextHolder.clearContext();
			this.problems.commence(request, response, new InvalidBearerTokenException());
			return;
		}
		var authorities = owner.get().roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(owner.get().username(), null, authorities));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
