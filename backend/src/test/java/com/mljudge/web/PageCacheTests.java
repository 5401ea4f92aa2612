package com.mljudge.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SiteClient;
import com.mljudge.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Public pages seen anonymously come from a short-lived cache; nothing personal ever does. */
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
		assertThat(second.headers().firstValue("Content-Type")).hasValueSatisfying((t) -> assertThat(t).startsWith("text/html"));
		assertThat(second.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void boardPagesAreCachedOnlyBriefly() throws Exception {
		String path = "/leaderboards?period=week&cache=" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(get(path, null).headers().firstValue(AnonymousPageCache.HEADER)).hasValue("miss");
		HttpResponse<String> again = get(path, null);
		assertThat(again.statusCode()).isEqualTo(200);
		Thread.sleep(600);
		assertThat(get(path, null).headers().firstValue(AnonymousPageCache.HEADER)).as("after half a second")
			.hasValue("miss");
		assertThat(get("/contests", null).headers().firstValue(AnonymousPageCache.HEADER)).isEmpty();
	}

	@Test
	void signedInVisitorsAndFragmentsAreNeverCached() {
		SiteClient signedIn = new SiteClient(this.port);
		signedIn.signIn("admin", TestDatabase.ADMIN_PASSWORD);
		HttpResponse<String> page = signedIn.get("/problems/kmeans");
		assertThat(page.headers().firstValue(AnonymousPageCache.HEADER)).isEmpty();
		assertThat(page.body()).contains("csrf-token");
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
