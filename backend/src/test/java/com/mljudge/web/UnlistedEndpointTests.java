package com.mljudge.web;

import java.net.http.HttpResponse;

import com.mljudge.support.JudgedEvents;
import com.mljudge.support.SiteClient;
import com.mljudge.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A controller added without rules (here a page and an API endpoint that exist only in
 * this test's application) is refused to everyone, admins included, until its module
 * declares who may reach it; and the build's walk of the endpoints names it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
@Import({ JudgedEvents.class, UnlistedEndpointTests.UnlistedPage.class, UnlistedEndpointTests.UnlistedApi.class })
class UnlistedEndpointTests {

	private static final String ADMIN = SiteClient.basic("admin", TestDatabase.ADMIN_PASSWORD);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void anUnlistedPageSendsAVisitorToSignIn() {
		HttpResponse<String> page = new SiteClient(this.port).get("/unlisted/page");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(page.body()).doesNotContain("reached");
	}

	@Test
	void anUnlistedPageIsForbiddenToSignedInUsersAndAdmins() {
		SiteClient user = new SiteClient(this.port);
		String credentials = user.registerFreshUser("unlisted");
		user.signIn(SiteClient.username(credentials), SiteClient.USER_PASSWORD);
		HttpResponse<String> asUser = user.get("/unlisted/page");
		assertThat(asUser.statusCode()).isEqualTo(403);
		assertThat(asUser.body()).contains("Not allowed").doesNotContain("reached");
		SiteClient admin = new SiteClient(this.port);
		admin.signIn("admin", TestDatabase.ADMIN_PASSWORD);
		assertThat(admin.get("/unlisted/page").statusCode()).isEqualTo(403);
	}

	@Test
	void anUnlistedApiEndpointAnswers401ThenForbidden() {
		SiteClient client = new SiteClient(this.port);
		HttpResponse<String> anonymous = client.json("GET", "/api/unlisted", null, null);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		HttpResponse<String> asUser = client.json("GET", "/api/unlisted", null, client.registerFreshUser("unlisted"));
		assertThat(asUser.statusCode()).isEqualTo(403);
		assertThat(asUser.body()).doesNotContain("reached");
		assertThat(client.json("GET", "/api/unlisted", null, ADMIN).statusCode()).isEqualTo(403);
	}

	@Test
	void anUnknownPathStillGetsTheNotFoundPage() {
		HttpResponse<String> page = new SiteClient(this.port).get("/unlisted/nothing/here");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Page not found");
	}

	@Test
	void theEndpointWalkNamesTheUnlistedEndpoints() {
		assertThat(AccessRulesTests.unruled(this.context)).containsExactlyInAnyOrder("GET /unlisted/page",
				"GET /api/unlisted");
	}

	/** A page whose author forgot the rules. */
	@Controller
	static class UnlistedPage {

		@GetMapping("/unlisted/page")
		@ResponseBody
		String page() {
			return "reached the unlisted page";
		}

	}

	/** An API endpoint whose author forgot the rules. */
	@RestController
	static class UnlistedApi {

		@GetMapping("/api/unlisted")
		String endpoint() {
			return "reached the unlisted endpoint";
		}

	}

}
