package com.mljudge.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * What the page caches keep of a rendered page besides its body: the content type and the
 * headers it is served with again (Spring Security's CSP, frame options and cache control
 * among them).
 */
record RecordedPage(String contentType, Map<String, List<String>> headers) {

	/**
	 * Answers carry {@code X-Page-Cache: hit}, {@code stale} (expired, served while
	 * another request renders it again) or {@code miss} when a cache was asked, like a
	 * proxy's.
	 */
	static final String HEADER = "X-Page-Cache";

	private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "content-length", "content-type", "date",
			"transfer-encoding", "connection", "keep-alive", HEADER.toLowerCase(Locale.ROOT));

	/** Only a 200 HTML page that sets no cookie is kept. */
	static boolean keepable(ContentCachingResponseWrapper recorded) {
		return recorded.getStatus() == 200 && recorded.getContentType() != null
				&& recorded.getContentType().startsWith("text/html")
				&& !recorded.containsHeader(HttpHeaders.SET_COOKIE);
	}

	static RecordedPage of(ContentCachingResponseWrapper recorded) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : recorded.getHeaderNames()) {
			if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name, List.copyOf(recorded.getHeaders(name)));
			}
		}
		return new RecordedPage(recorded.getContentType(), Map.copyOf(headers));
	}

	void serve(HttpServletResponse response, String how, byte[] body) throws IOException {
		this.headers.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		response.setHeader(HEADER, how);
		response.setContentType(this.contentType);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
