package com.mljudge.accounts;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SiteClient;
import com.mljudge.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Registration, sign-in and sign-out through the real forms, CSRF included. */
@IntegrationTest
class RegistrationTests {

	private static final String GOOD_PASSWORD = "correct-horse-battery";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	SiteClient client;

	@BeforeEach
	void client() {
		this.client = new SiteClient(this.port);
	}

	@Test
	void registersThenSignsInAndOut() {
		String name = uniqueName();
		HttpResponse<String> registered = register(name, GOOD_PASSWORD, GOOD_PASSWORD);
		assertThat(registered.statusCode()).isEqualTo(302);
		// Registering signs the account in: the home page greets it, the account page
		// opens.
		assertThat(registered.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/"));
		assertThat(this.client.get("/").body()).contains("id=\"welcome\"").contains(name);
		assertThat(this.client.get("/account").statusCode()).isEqualTo(200);
		this.client.submit("/account", "/logout", Map.of());
		assertThat(this.client.get("/account").statusCode()).isEqualTo(302);

		HttpResponse<String> signedIn = this.client.signIn(name, GOOD_PASSWORD);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		assertThat(this.client.get("/account").body()).contains(name).contains("Personal access tokens");

		HttpResponse<String> signedOut = this.client.submit("/account", "/logout", Map.of());
		assertThat(signedOut.statusCode()).isEqualTo(302);
		assertThat(this.client.get("/account").statusCode()).isEqualTo(302);
	}

	@Test
	void aUserChangesTheirPasswordOnTheAccountPage() {
		String name = uniqueName();
		register(name, GOOD_PASSWORD, GOOD_PASSWORD);
		String newPassword = "another-long-pass-42";
		this.client.submit("/account", "/account/password",
				Map.of("current", "not-it-at-all-1", "password", newPassword, "confirmation", newPassword));
		assertThat(this.client.get("/account").body()).contains("This is not your current password.");
		this.client.submit("/account", "/account/password",
				Map.of("current", GOOD_PASSWORD, "password", "short", "confirmation", "short"));
		assertThat(this.client.get("/account").body()).contains("Use at least 10 characters.");
		HttpResponse<String> changed = this.client.submit("/account", "/account/password",
				Map.of("current", GOOD_PASSWORD, "password", newPassword, "confirmation", newPassword));
		assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/account#password");
		assertThat(this.client.get("/account").body()).contains("id=\"password-changed\"");

		SiteClient other = new SiteClient(this.port);
		assertThat(other.signIn(name, GOOD_PASSWORD).headers().firstValue("Location").orElseThrow()).contains("error");
		assertThat(other.signIn(name, newPassword).headers().firstValue("Location").orElseThrow())
			.doesNotContain("error");
	}

	@Test
	void takenNameIsAFormErrorOnTheSamePage() {
		HttpResponse<String> page = register("ADMIN", GOOD_PASSWORD, GOOD_PASSWORD);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("This username is taken.").contains("value=\"ADMIN\"");
	}

	@Test
	void weakPasswordIsAFormError() {
		assertThat(register(uniqueName(), "short", "short").body()).contains("Use at least 10 characters.");
		assertThat(register(uniqueName(), "password123", "password123").body()).contains("attackers try");
		assertThat(register(uniqueName(), "aaaaaaaaaaaa", "aaaaaaaaaaaa").body()).contains("more variety");
	}

	@Test
	void missingFieldsAreFormErrors() {
		HttpResponse<String> page = this.client.submit("/register", "/register", Map.of());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Choose a username.").contains("Choose a password.");
	}

	@Test
	void mismatchedConfirmationIsAFormError() {
		assertThat(register(uniqueName(), GOOD_PASSWORD, GOOD_PASSWORD + "!").body())
			.contains("The two passwords differ.");
	}

	@Test
	void formsWithoutCsrfTokenAreRefused() {
		HttpResponse<String> response = this.client.post("/register",
				Map.of("username", uniqueName(), "password", GOOD_PASSWORD, "confirmation", GOOD_PASSWORD));
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void wrongPasswordShowsTheSignInError() {
		HttpResponse<String> response = this.client.signIn("admin", "not-the-password");
		assertThat(response.headers().firstValue("Location").orElseThrow()).contains("/login?error");
		assertThat(this.client.get("/login?error").body()).contains("Wrong username or password.");
	}

	@Test
	void accountPageCreatesListsAndRevokesTokens() {
		this.client.signIn("admin", TestDatabase.ADMIN_PASSWORD);
		String name = "page-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> created = this.client.submit("/account", "/account/tokens", Map.of("name", name));
		assertThat(created.statusCode()).isEqualTo(200);
		assertThat(created.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((c) -> assertThat(c).contains("no-store"));
		assertThat(created.body()).contains("id=\"new-token\"").contains(name);
		String token = created.body().replaceAll("(?s).*<code id=\"new-token\">(mlj_[^<]+)</code>.*", "$1");
		assertThat(token).startsWith("mlj_");
		// Sessions are rows in the database: the token never passes through one.
		assertThat(this.jdbc.queryForObject(
				"select count(*) from spring_session_attributes where position(convert_to(?, 'UTF8') in attribute_bytes) > 0",
				Integer.class, token))
			.isZero();
		assertThat(this.client.get("/account").body()).doesNotContain("id=\"new-token\"").contains(name);

		HttpResponse<String> blank = this.client.submit("/account", "/account/tokens", Map.of("name", " "));
		assertThat(blank.statusCode()).isEqualTo(302);
		assertThat(this.client.get("/account").body()).contains("Give the token a name");
	}

	private HttpResponse<String> register(String username, String password, String confirmation) {
		return this.client.submit("/register", "/register",
				Map.of("username", username, "password", password, "confirmation", confirmation));
	}

	private static String uniqueName() {
		return "user" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

}
