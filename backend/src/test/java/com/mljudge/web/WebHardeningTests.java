package com.mljudge.web;

import java.net.http.HttpResponse;
import java.util.List;

import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SiteClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The small things an attacker probes first: cookies, referrers, pages for members. */
@IntegrationTest
class WebHardeningTests {

	@LocalServerPort
	int port;

	@Test
	void anonymousSubmissionHistoryGoesToSignIn() {
		HttpResponse<String> history = new SiteClient(this.port).get("/problems/kmeans/submissions");
		assertThat(history.statusCode()).isEqualTo(302);
		assertThat(history.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	void theSessionCookieIsSameSiteLax() {
		SiteClient site = new SiteClient(this.port);
		String basic = site.registerFreshUser("c");
		HttpResponse<String> signedIn = site.signIn(SiteClient.username(basic), SiteClient.USER_PASSWORD);
		List<String> cookies = signedIn.headers().allValues("Set-Cookie");
		assertThat(cookies).anySatisfy((cookie) -> assertThat(cookie).startsWith("JSESSIONID=")
			.containsIgnoringCase("SameSite=Lax")
			.containsIgnoringCase("HttpOnly"));
	}

	@Test
	void pagesSendAReferrerPolicy() {
		SiteClient site = new SiteClient(this.port);
		for (String page : new String[] { "/login", "/problems/kmeans" }) {
			assertThat(site.get(page).headers().firstValue("Referrer-Policy")).as(page)
				.hasValue("strict-origin-when-cross-origin");
		}
	}

}
