package com.mljudge.accounts;

import java.net.http.HttpResponse;
import java.util.UUID;

import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SiteClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing passwords: after a few failures an account (or an address) is locked for a
 * while, over HTTP Basic and the sign-in form alike, the right password included; API
 * tokens keep working; every failure and lock is audited.
 */
@IntegrationTest
class SignInThrottleTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	SiteClient site;

	@BeforeEach
	@AfterEach
	void forgetThisAddress() {
		// Every test here comes from localhost: other test classes must not find it
		// locked.
		this.jdbc.update("delete from sign_in_failures where subject like 'address:%'");
		this.site = new SiteClient(this.port);
	}

	@Test
	void wrongPasswordsOverBasicLockTheAccountButNotItsTokens() {
		String basic = this.site.registerFreshUser("b");
		String name = SiteClient.username(basic);
		String token = "Bearer "
				+ this.json.readTree(this.site.json("POST", "/api/tokens", "{\"name\": \"t\"}", basic).body())
					.get("token")
					.asString();
		for (int i = 0; i < 5; i++) {
			assertThat(tokens(SiteClient.basic(name, "guess-" + i)).statusCode()).isEqualTo(401);
		}
		HttpResponse<String> locked = tokens(basic);
		assertThat(locked.statusCode()).isEqualTo(429);
		assertThat(locked.headers().firstValue("Retry-After")).isPresent();
		assertThat(locked.body()).contains("Too many failed sign-ins").contains("tokens still work");
		assertThat(tokens(token).statusCode()).isEqualTo(200);
		assertThat(this.jdbc.queryForList("select outcome from sign_in_audit where username = ? order by id",
				String.class, name))
			.containsSubsequence("FAILED", "FAILED", "FAILED", "FAILED", "FAILED", "LOCKED");
	}

	@Test
	void wrongPasswordsOnTheFormLockTheAccountWithAMessage() {
		String name = SiteClient.username(this.site.registerFreshUser("f"));
		for (int i = 0; i < 5; i++) {
			assertThat(this.site.signIn(name, "guess-" + i).headers().firstValue("Location").orElseThrow())
				.contains("/login?error");
		}
		HttpResponse<String> locked = this.site.signIn(name, SiteClient.USER_PASSWORD);
		String location = locked.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("/login?locked=");
		assertThat(this.site.get(location.substring(location.indexOf("/login"))).body())
			.contains("Too many failed sign-ins");
		assertThat(this.site.get("/account").statusCode()).as("still signed out").isEqualTo(302);
	}

	@Test
	void manyFailuresFromOneAddressLockItForEveryAccount() {
		String basic = this.site.registerFreshUser("a");
		for (int i = 0; i < 30; i++) {
			String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
			assertThat(tokens(SiteClient.basic(nobody, "guess")).statusCode()).isEqualTo(401);
		}
		assertThat(tokens(basic).statusCode()).isEqualTo(429);
	}

	@Test
	void aSuccessBeforeTheLockStartsTheCountAgain() {
		String basic = this.site.registerFreshUser("s");
		String name = SiteClient.username(basic);
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < 4; i++) {
				assertThat(tokens(SiteClient.basic(name, "typo-" + i)).statusCode()).isEqualTo(401);
			}
			assertThat(tokens(basic).statusCode()).isEqualTo(200);
		}
	}

	private HttpResponse<String> tokens(String authorization) {
		return this.site.json("GET", "/api/tokens", null, authorization);
	}

}
