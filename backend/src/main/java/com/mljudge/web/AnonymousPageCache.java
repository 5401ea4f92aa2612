package com.mljudge.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A short-lived cache of public pages as an anonymous visitor sees them (the problem
 * pages and the catalog), the way a reverse proxy's micro-cache would: under a crowd,
 * most anonymous views of a page are served from one render. A page stays at most
 * {@code ttl} old, so a newly published problem version shows within seconds.
 * <p>
 * Only requests that carry no session cookie and no credentials are cached, only 200 HTML
 * answers that set no cookie, and htmx fragment requests never: nothing a signed-in user
 * sees, and no CSRF token, can end up here.
 */
class AnonymousPageCache extends OncePerRequestFilter {

	private static final Pattern PROBLEMS = Pattern.compile("/problems(/[a-z0-9-]{1,80})?");

	/** Boards change with every verdict; their pages are cached far more briefly. */
	private static final Pattern BOARDS = Pattern.compile("/leaderboards(/problems/[a-z0-9-]{1,80}|/teams)?");

	static final String HEADER = RecordedPage.HEADER;

	private record Page(byte[] body, RecordedPage recorded, long expiresAtMillis) {
	}

	private final PageStore<Page> pages;

	private final long ttlMillis;

	private final long boardTtlMillis;

	private final Clock clock;

	AnonymousPageCache(Duration ttl, Duration boardTtl, int capacity, Clock clock) {
		this.ttlMillis = ttl.toMillis();
		this.boardTtlMillis = boardTtl.toMillis();
		this.clock = clock;
		this.pages = new PageStore<>(capacity, Page::expiresAtMillis);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return ttl(request.getRequestURI()) <= 0 || !"GET".equals(request.getMethod())
				|| request.getHeader("HX-Request") != null || request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| hasSessionCookie(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getRequestURI() + "?"
				+ ((request.getQueryString() != null) ? request.getQueryString() : "");
		long now = this.clock.millis();
		PageStore.Found<Page> found = this.pages.find(key, now);
		if (found != null) {
			serve(found.page(), found.how(), response);
			return;
		}
		Page rendered = null;
		try {
			rendered = render(now, request, response, chain);
		}
		finally {
			this.pages.rendered(key, rendered);
		}
	}

	private void serve(Page page, String how, HttpServletResponse response) throws IOException {
		page.recorded().serve(response, how, page.body());
	}

	/** Renders the page and sends it; answers the copy to keep, or null. */
	private Page render(long now, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		recorded.setHeader(HEADER, "miss");
		chain.doFilter(request, recorded);
		Page page = null;
		if (RecordedPage.keepable(recorded) && request.getSession(false) == null) {
			page = new Page(recorded.getContentAsByteArray(), RecordedPage.of(recorded),
					now + ttl(request.getRequestURI()));
		}
		recorded.copyBodyToResponse();
		return page;
	}

	private long ttl(String path) {
		if (PROBLEMS.matcher(path).matches()) {
			return this.ttlMillis;
		}
		return BOARDS.matcher(path).matches() ? this.boardTtlMillis : 0;
	}

	private static boolean hasSessionCookie(HttpServletRequest request) {
		String cookies = request.getHeader(HttpHeaders.COOKIE);
		return cookies != null && (cookies.contains("JSESSIONID") || cookies.contains("remember-me"));
	}

	/**
	 * Drops the cached copies of every page whose path starts with {@code pathPrefix}.
	 */
	void forget(String pathPrefix) {
		this.pages.forget(pathPrefix);
	}

}
