package com.mljudge.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.regex.Pattern;

import com.mljudge.accounts.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.HtmlUtils;

/**
 * Problem pages as signed-in users see them, rendered once per few seconds and kind of
 * viewer instead of once per view. A problem page depends on the problem and on who looks
 * only through the {@link Viewer} (signed in, admin, may author: the {@link CurrentUser})
 * plus two strings: the user's name in the menu and the CSRF token of their session. So
 * the page is rendered with stand-ins for those two strings, kept for {@code ttl} per
 * page and kind of viewer, and every view gets a copy with its own name (escaped) and its
 * own token put in. Under a crowd opening the same problem (the start of a contest) that
 * is one render per few seconds instead of one per visitor.
 * <p>
 * Only the pages matched here, only 200 HTML answers that set no cookie, never htmx
 * fragments. A page added to this list must show nothing about the user beyond the
 * viewer's flags, name and token.
 */
class SignedInPageCache extends OncePerRequestFilter {

	private static final Pattern PROBLEM_PAGES = Pattern.compile("/problems/[a-z0-9-]{1,80}");

	/**
	 * Stand-ins that escaping leaves alone and no page contains by chance (random per
	 * process).
	 */
	private static final String NONCE = nonce();

	static final String NAME_STAND_IN = "mlj-viewer-name-" + NONCE;

	static final String TOKEN_STAND_IN = "mlj-csrf-token-" + NONCE;

	private record Page(RecordedPage recorded, String template, long expiresAtMillis) {
	}

	private final PageStore<Page> pages;

	private final long ttlMillis;

	private final Clock clock;

	SignedInPageCache(Duration ttl, int capacity, Clock clock) {
		this.ttlMillis = ttl.toMillis();
		this.clock = clock;
		this.pages = new PageStore<>(capacity, Page::expiresAtMillis);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return this.ttlMillis <= 0 || !"GET".equals(request.getMethod()) || request.getQueryString() != null
				|| request.getHeader("HX-Request") != null || !PROBLEM_PAGES.matcher(request.getRequestURI()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		CurrentUser viewer = CurrentUser.of(SecurityContextHolder.getContext().getAuthentication());
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (!viewer.signedIn() || token == null) {
			chain.doFilter(request, response);
			return;
		}
		String key = request.getRequestURI() + "|" + viewer.isAdmin() + "|" + viewer.mayAuthor();
		long now = this.clock.millis();
		PageStore.Found<Page> found = this.pages.find(key, now);
		if (found != null) {
			found.page().recorded().serve(response, found.how(), personal(found.page().template(), viewer, token));
			return;
		}
		Page rendered = null;
		try {
			rendered = render(request, response, chain, viewer, token, now);
			if (rendered != null) {
				// The render's own headers are on the response already; only its body was
				// held back.
				byte[] body = personal(rendered.template(), viewer, token);
				response.setHeader(RecordedPage.HEADER, "miss");
				response.setContentLength(body.length);
				response.getOutputStream().write(body);
			}
		}
		finally {
			this.pages.rendered(key, rendered);
		}
	}

	/**
	 * Renders the page with the stand-ins; null when the answer is not one to keep (it
	 * went out as it was).
	 */
	private Page render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, CurrentUser viewer,
			CsrfToken real, long now) throws ServletException, IOException {
		CsrfToken standIn = new DefaultCsrfToken(real.getHeaderName(), real.getParameterName(), TOKEN_STAND_IN);
		request.setAttribute(Viewer.ATTRIBUTE, new CurrentUser(NAME_STAND_IN, viewer.roles()));
		request.setAttribute(CsrfToken.class.getName(), standIn);
		request.setAttribute(real.getParameterName(), standIn);
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, recorded);
		}
		finally {
			// An error page rendered after this filter returns (sendError) must see the
			// real ones.
			request.setAttribute(Viewer.ATTRIBUTE, viewer);
			request.setAttribute(CsrfToken.class.getName(), real);
			request.setAttribute(real.getParameterName(), real);
		}
		if (!RecordedPage.keepable(recorded)) {
			// An error page, say, rendered with the same stand-ins: it goes out once,
			// made personal.
			if (recorded.getContentType() != null && recorded.getContentType().startsWith("text/html")) {
				byte[] body = personal(new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8), viewer,
						real);
				recorded.resetBuffer();
				response.setContentLength(body.length);
				response.getOutputStream().write(body);
			}
			else {
				recorded.copyBodyToResponse();
			}
			return null;
		}
		String template = new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8);
		return new Page(RecordedPage.of(recorded), template, now + this.ttlMillis);
	}

	private static String nonce() {
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static byte[] personal(String template, CurrentUser viewer, CsrfToken token) {
		return template.replace(NAME_STAND_IN, HtmlUtils.htmlEscape(viewer.name()))
			.replace(TOKEN_STAND_IN, HtmlUtils.htmlEscape(token.getToken()))
			.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Drops the cached copies of every page whose path starts with {@code pathPrefix}.
	 */
	void forget(String pathPrefix) {
		this.pages.forget(pathPrefix);
	}

}
