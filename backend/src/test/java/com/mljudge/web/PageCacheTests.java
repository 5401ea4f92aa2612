package com.mljudge.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import com.mljudge.support.Await;
import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SiteClient;
import com.mljudge.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public pages seen anonymously come from a short-lived cache; problem pages seen signed
 * in are shared per kind of viewer with the user's name and CSRF token put in; nothing
 * else personal is ever cached.
 */
@IntegrationTest
class PageCacheTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anAnonymousPageIsRenderedOnceThenServedWithTheSameHeaders() throws Exception {
		String path = "/problems?q=cache" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> first = get(path, null);
		HttpResponse<String> second = get(path, null);
		assertThat(first.headers().firstValue(AnonymousPageCache.HEADER)).hasValue("miss");
		assertThat(second.headers().firstValue(AnonymousPageCache.HEADER)).hasValue("hit");
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(second.headers().firstValue("Content-Security-Policy"))
			.isEqualTo(first.headers().firstValue("Content-Security-Policy"))
			.isPresent();
		assertThat(second.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).startsWith("text/html"));
		assertThat(second.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void boardPagesAreCachedOnlyBriefly() throws Exception {
		String path = "/leaderboards?period=week&cache=" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(get(path, null).headers().firstValue(AnonymousPageCache.HEADER)).hasValue("miss");
		HttpResponse<String> again = get(path, null);
		assertThat(again.statusCode()).isEqualTo(200);
		Await.pause(Duration.ofMillis(600));
		assertThat(get(path, null).headers().firstValue(AnonymousPageCache.HEADER)).as("after half a second")
			.hasValue("miss");
		assertThat(get("/contests", null).headers().firstValue(AnonymousPageCache.HEADER)).isEmpty();
	}

	@Test
	void signedInVisitorsNeverGetTheAnonymousCopy() {
		SiteClient signedIn = new SiteClient(this.port);
		signedIn.signIn("admin", TestDatabase.ADMIN_PASSWORD);
		HttpResponse<String> page = signedIn.get("/problems?q=signedin");
		assertThat(page.headers().firstValue(AnonymousPageCache.HEADER)).isEmpty();
		assertThat(page.body()).contains("csrf-token");
	}

	@Test
	void aSignedInProblemPageIsRenderedOncePerKindOfViewerAndMadePersonalForEach() {
		SiteClient first = signedInFreshUser();
		SiteClient second = signedInFreshUser();
		SiteClient admin = new SiteClient(this.port);
		admin.signIn("admin", TestDatabase.ADMIN_PASSWORD);
		String a = this.names.get(first);
		String b = this.names.get(second);

		HttpResponse<String> pageA = first.get("/problems/knn-classifier");
		HttpResponse<String> missed = first.get("/problems/linear-search");
		assertThat(missed.headers().firstValue(AnonymousPageCache.HEADER)).hasValue("miss");
		assertThat(missed.headers().allValues("Content-Security-Policy")).hasSize(1);
		assertThat(missed.body()).contains(">" + a + "</a>").doesNotContain("mlj-viewer-name-");
		HttpResponse<String> pageB = second.get("/problems/knn-classifier");
		HttpResponse<String> pageAdmin = admin.get("/problems/knn-classifier");
		assertThat(pageA.headers().firstValue(AnonymousPageCache.HEADER)).isPresent();
		assertThat(pageB.headers().firstValue(AnonymousPageCache.HEADER)).as("the second user's copy").hasValue("hit");
		assertThat(pageB.headers().firstValue("Content-Security-Policy"))
			.isEqualTo(pageA.headers().firstValue("Content-Security-Policy"))
			.isPresent();
		for (HttpResponse<String> page : java.util.List.of(pageA, pageB, pageAdmin)) {
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.headers().allValues("Content-Security-Policy")).hasSize(1);
			assertThat(page.headers().allValues("Cache-Control")).hasSize(1);
			assertThat(page.body()).doesNotContain(SignedInPageCache.NAME_STAND_IN)
				.doesNotContain(SignedInPageCache.TOKEN_STAND_IN)
				.doesNotContain("mlj-viewer-name-")
				.doesNotContain("mlj-csrf-token-");
		}
		assertThat(pageA.body()).contains(">" + a + "</a>").doesNotContain(b).doesNotContain("edit-in-authoring");
		assertThat(pageB.body()).contains(">" + b + "</a>").doesNotContain(a).doesNotContain("edit-in-authoring");
		assertThat(pageAdmin.body()).contains(">admin</a>").contains("edit-in-authoring");

		// Each copy carries its own session's CSRF token: it signs that user out, the
		// other user's does not.
		String tokenA = csrf(pageA.body());
		String tokenB = csrf(pageB.body());
		assertThat(first.post("/logout", java.util.Map.of("_csrf", tokenB)).statusCode()).isEqualTo(403);
		assertThat(first.post("/logout", java.util.Map.of("_csrf", tokenA)).statusCode()).isEqualTo(302);
		assertThat(second.post("/logout", java.util.Map.of("_csrf", tokenB)).statusCode()).isEqualTo(302);
	}

	@Test
	void aSignedInUsersMissingProblemPageShowsTheirOwnName() {
		SiteClient user = signedInFreshUser();
		HttpResponse<String> missing = user.get("/problems/no-such-problem-here");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains(">" + this.names.get(user) + "</a>").doesNotContain("mlj-viewer-name-");
		assertThat(user.get("/problems/knn-classifier?tab=1").headers().firstValue(AnonymousPageCache.HEADER))
			.as("pages with a query are rendered as they are")
			.isEmpty();
	}

	private final java.util.Map<SiteClient, String> names = new java.util.HashMap<>();

	private SiteClient signedInFreshUser() {
		SiteClient client = new SiteClient(this.port);
		String name = SiteClient.username(client.registerFreshUser("pc"));
		assertThat(client.signIn(name, SiteClient.USER_PASSWORD).statusCode()).isEqualTo(302);
		this.names.put(client, name);
		return client;
	}

	private static String csrf(String page) {
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
			.matcher(page);
		assertThat(token.find()).as("a CSRF field on the page").isTrue();
		return token.group(1);
	}

	@Test
	void htmxRequestsCredentialsAndMissingPagesPassThrough() throws Exception {
		assertThat(get("/problems/kmeans", "HX-Request").headers().firstValue(AnonymousPageCache.HEADER)).isEmpty();
		assertThat(get("/problems/kmeans", "Authorization").headers().firstValue(AnonymousPageCache.HEADER)).isEmpty();
		HttpResponse<String> missing = get("/problems/no-such-problem", null);
		HttpResponse<String> again = get("/problems/no-such-problem", null);
		assertThat(again.statusCode()).isEqualTo(404);
		assertThat(again.headers().firstValue(AnonymousPageCache.HEADER)).isNotEqualTo(java.util.Optional.of("hit"));
		assertThat(missing.statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> get(String path, String header) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html");
		if (header != null) {
			request.header(header, header.equals("Authorization") ? SiteClient.basic("nobody", "wrong") : "true");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
