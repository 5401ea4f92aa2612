package com.mljudge.accounts;

import java.net.http.HttpResponse;

import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SiteClient;
import com.mljudge.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal access tokens over real HTTP: obtained with HTTP Basic, used as Bearer,
 * revoked.
 */
@IntegrationTest
class ApiTokenTests {

	private static final String ADMIN = SiteClient.basic("admin", TestDatabase.ADMIN_PASSWORD);

	private final JsonMapper json = JsonMapper.builder().build();

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
	void adminObtainsATokenAndUsesIt() {
		HttpResponse<String> created = this.client.json("POST", "/api/tokens", "{\"name\": \"laptop\"}", ADMIN);
		assertThat(created.statusCode()).isEqualTo(201);
		String token = this.json.readTree(created.body()).get("token").asString();
		assertThat(token).startsWith("mlj_").hasSizeGreaterThan(40);

		HttpResponse<String> me = this.client.json("GET", "/api/me", null, "Bearer " + token);
		assertThat(me.statusCode()).isEqualTo(200);
		JsonNode body = this.json.readTree(me.body());
		assertThat(body.get("username").asString()).isEqualTo("admin");
		assertThat(body.get("roles").toString()).contains("ADMIN");
	}

	@Test
	void revokedTokenIsRefusedAsProblemJson() {
		JsonNode created = this.json
			.readTree(this.client.json("POST", "/api/tokens", "{\"name\": \"short-lived\"}", ADMIN).body());
		String bearer = "Bearer " + created.get("token").asString();
		assertThat(this.client.json("GET", "/api/me", null, bearer).statusCode()).isEqualTo(200);

		assertThat(this.client.json("DELETE", "/api/tokens/" + created.get("id").asLong(), null, ADMIN).statusCode())
			.isEqualTo(204);

		HttpResponse<String> refused = this.client.json("GET", "/api/me", null, bearer);
		assertProblem(refused, 401);
		assertThat(refused.body()).contains("unknown or revoked");
	}

	@Test
	void unknownTokenGets401ProblemJson() {
		assertProblem(this.client.json("GET", "/api/me", null, "Bearer mlj_not-a-real-token"), 401);
		assertProblem(this.client.json("GET", "/api/me", null, "Bearer garbage"), 401);
	}

	@Test
	void anonymousApiCallGets401ProblemJsonNotALoginPage() {
		HttpResponse<String> response = this.client.json("GET", "/api/me", null, null);
		assertProblem(response, 401);
		assertThat(response.headers().firstValue("Location")).isEmpty();
	}

	@Test
	void wrongBasicPasswordGets401ProblemJson() {
		assertProblem(this.client.json("POST", "/api/tokens", "{\"name\": \"x\"}", SiteClient.basic("admin", "nope")),
				401);
	}

	@Test
	void malformedJsonGets400ProblemJson() {
		assertProblem(this.client.json("POST", "/api/tokens", "{\"name\": ", ADMIN), 400);
	}

	@Test
	void blankOrOverlongTokenNameGets400WithReason() {
		HttpResponse<String> blank = this.client.json("POST", "/api/tokens", "{\"name\": \"  \"}", ADMIN);
		assertProblem(blank, 400);
		assertThat(blank.body()).contains("Give the token a name");
		assertProblem(this.client.json("POST", "/api/tokens", "{\"name\": \"" + "x".repeat(101) + "\"}", ADMIN), 400);
	}

	@Test
	void revokingSomeoneElsesOrAMissingTokenGets404() {
		assertProblem(this.client.json("DELETE", "/api/tokens/987654321", null, ADMIN), 404);
	}

	@Test
	void tokensAreStoredHashed() {
		String token = this.json
			.readTree(this.client.json("POST", "/api/tokens", "{\"name\": \"hashed\"}", ADMIN).body())
			.get("token")
			.asString();
		Integer plain = this.jdbc.queryForObject(
				"select count(*) from api_tokens where token_hash = ? or token_prefix = ?", Integer.class, token,
				token);
		assertThat(plain).isZero();
		Integer hashed = this.jdbc.queryForObject(
				"select count(*) from api_tokens where token_hash = encode(sha256(?::bytea), 'hex')", Integer.class,
				token);
		assertThat(hashed).isEqualTo(1);
	}

	private void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
	}

}
