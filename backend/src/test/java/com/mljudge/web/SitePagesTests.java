package com.mljudge.web;

import java.net.http.HttpResponse;
import java.util.Map;

import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SiteClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The site's shell: layout, navigation, error pages in the site's look, health. */
@IntegrationTest
class SitePagesTests {

	@LocalServerPort
	int port;

	SiteClient client;

	@BeforeEach
	void client() {
		this.client = new SiteClient(this.port);
	}

	@Test
	void homePageSaysWhatThePlatformIsWithNavigation() {
		HttpResponse<String> home = this.client.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("machine-learning interviews")
			.contains("href=\"/problems\"")
			.contains("href=\"/practice\"")
			.contains("href=\"/leaderboards\"")
			.contains("Sign in");
	}

	@Test
	void sectionsRenderInTheLayout() {
		for (String section : new String[] { "/problems", "/practice", "/leaderboards" }) {
			HttpResponse<String> page = this.client.get(section);
			assertThat(page.statusCode()).as(section).isEqualTo(200);
			assertThat(page.body()).as(section).contains("ML Interview Judge").contains("nav-link active");
		}
	}

	@Test
	void unknownPageGetsTheSitesNotFoundPage() {
		HttpResponse<String> page = this.client.get("/no/such/page");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Page not found").contains("navbar").contains("Back to the home page");
	}

	@Test
	void forbiddenPageGetsTheSitesForbiddenPage() {
		SiteClient user = new SiteClient(this.port);
		String name = "plain" + System.nanoTime() % 1_000_000_000;
		user.submit("/register", "/register",
				Map.of("username", name, "password", "plain-user-pass-1", "confirmation", "plain-user-pass-1"));
		user.signIn(name, "plain-user-pass-1");
		HttpResponse<String> page = user.get("/admin");
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("Not allowed").contains("navbar");
	}

	@Test
	void anonymousAccountPageRedirectsToSignIn() {
		HttpResponse<String> page = this.client.get("/account");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	void healthIsUpAndPublic() {
		HttpResponse<String> health = this.client.json("GET", "/actuator/health", null, null);
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void staticAssetsComeFromWebjars() {
		assertThat(this.client.get("/webjars/bootstrap/css/bootstrap.min.css").statusCode()).isEqualTo(200);
		assertThat(this.client.get("/css/judge.css").statusCode()).isEqualTo(200);
	}

}
