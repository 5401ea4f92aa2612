package com.mljudge.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import com.mljudge.accounts.SignInThrottle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a password sign-in (the login form's POST, or HTTP Basic) while its account or
 * address is locked after repeated failures, before the password is even checked: the API
 * answers 429 problem+json with Retry-After, the form goes back to the sign-in page with
 * the wait. Bearer tokens pass untouched.
 */
class SignInLockFilter extends OncePerRequestFilter {

	private static final String BASIC = "Basic ";

	private final SignInThrottle throttle;

	private final ProblemJsonResponses problems;

	SignInLockFilter(SignInThrottle throttle, ProblemJsonResponses problems) {
		this.throttle = throttle;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean form = "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
		String username = form ? request.getParameter("username") : basicUsername(request);
		if (username == null) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Duration> locked = this.throttle.lockedFor(username, request.getRemoteAddr());
		if (locked.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		this.throttle.refused(username, request.getRemoteAddr());
		long seconds = Math.max(1, (locked.get().toMillis() + 999) / 1000);
		if (form) {
			response.sendRedirect(request.getContextPath() + "/login?locked=" + seconds);
			return;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		this.problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins",
				message(seconds));
	}

	/** What a locked-out person reads, on the API and on the sign-in page. */
	static String message(long seconds) {
		return "Too many failed sign-ins for this account or from this address; password sign-in is paused for "
				+ seconds + " s. Personal access tokens still work.";
	}

	private static String basicUsername(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return (colon >= 0) ? decoded.substring(0, colon) : null;
		}
		catch (IllegalArgumentException ex) {
			// Not Base64: Basic authentication itself answers 401.
			return null;
		}
	}

}
