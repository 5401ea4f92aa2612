package com.mljudge.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Real HTTP against the running app, with cookies like a browser and without following
 * redirects, so tests see exactly what the server answered.
 */
public final class SiteClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	/** The token and header name a page's scripts send with their requests. */
	private static final Pattern META_CSRF_TOKEN = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

	private static final Pattern META_CSRF_HEADER = Pattern.compile("<meta name=\"csrf-header\" content=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http;

	public SiteClient(int port) {
		this(port, new CookieManager());
	}

	/**
	 * A client whose cookies are {@code cookies}: clients on two ports with the same
	 * cookies are one browser behind a load balancer that sends it to either instance.
	 */
	public SiteClient(int port, CookieManager cookies) {
		this("http://localhost:" + port, cookies);
	}

	private SiteClient(String base, CookieManager cookies) {
		this.base = base;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build());
	}

	/**
	 * Submits a form the way a browser would: first loads the page that holds it, to get
	 * its CSRF token.
	 */
	public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
		Matcher csrf = CSRF.matcher(get(formPage).body());
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (csrf.find()) {
			all.put("_csrf", csrf.group(1));
		}
		return post(action, all);
	}

	/** The CSRF token of the first form on {@code page}, null when it has none. */
	public static String csrf(String page) {
		Matcher csrf = CSRF.matcher(page);
		return csrf.find() ? csrf.group(1) : null;
	}

	/**
	 * Sends {@code text} (text/plain) with PUT the way a page's script does: first loads
	 * {@code page} for the CSRF header and token its meta tags carry.
	 */
	public HttpResponse<String> putText(String path, String text, String page) {
		String body = get(page).body();
		Matcher header = META_CSRF_HEADER.matcher(body);
		Matcher token = META_CSRF_TOKEN.matcher(body);
		if (!header.find() || !token.find()) {
			throw new AssertionError(page + " has no CSRF meta tags");
		}
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "text/plain;charset=UTF-8")
			.header(header.group(1), token.group(1))
			.PUT(HttpRequest.BodyPublishers.ofString(text))
			.build());
	}

	/** Posts a form as is, without a CSRF token unless the caller includes one. */
	public HttpResponse<String> post(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * A password every fresh test user gets: long, not common, not containing the name.
	 */
	public static final String USER_PASSWORD = "a-fine-password-9";

	/**
	 * Registers a fresh user through the real form ("u" + random letters after
	 * {@code prefix}) and answers the HTTP Basic credentials for the API; this client
	 * stays signed out.
	 */
	public String registerFreshUser(String prefix) {
		String name = prefix + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		// Registering signs the new account in: a client of its own keeps this one signed
		// out.
		HttpResponse<String> registered = new SiteClient(this.base, new CookieManager()).submit("/register",
				"/register", Map.of("username", name, "password", USER_PASSWORD, "confirmation", USER_PASSWORD));
		if (registered.statusCode() != 302) {
			throw new AssertionError("registering " + name + " answered " + registered.statusCode());
		}
		return basic(name, USER_PASSWORD);
	}

	/** The name inside HTTP Basic credentials made by {@link #basic}. */
	public static String username(String basic) {
		String decoded = new String(Base64.getDecoder().decode(basic.substring("Basic ".length())),
				StandardCharsets.UTF_8);
		return decoded.substring(0, decoded.indexOf(':'));
	}

	/**
	 * Polls {@code GET /api/submissions/{id}} like a client would until the status is
	 * DONE and answers that body; gives up after a generous bound so a stuck queue fails
	 * the test.
	 */
	public String awaitJudged(long id, String authorization) {
		return Await.until("submission " + id + " to be judged",
				() -> json("GET", "/api/submissions/" + id, null, authorization).body(),
				(status) -> status.contains("\"status\":\"DONE\""));
	}

	public HttpResponse<String> signIn(String username, String password) {
		return submit("/login", "/login", Map.of("username", username, "password", password));
	}

	public HttpResponse<String> json(String method, String path, String body, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Accept", "application/json")
			.method(method,
					(body == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(request.build());
	}

	public static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create(this.base + path);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
