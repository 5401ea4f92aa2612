package com.mljudge.leaderboards;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.mljudge.support.Await;
import com.mljudge.support.SiteClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fresh learners for board tests: each registers over real HTTP, gets a token, submits
 * through the API and waits for verdicts. Fresh users keep the shared context's admin
 * free of solves other tests rely on.
 */
final class Learners {

	static final String PASSWORD = "a-fine-password-9";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int port;

	private final SiteClient client;

	Learners(int port) {
		this.port = port;
		this.client = new SiteClient(port);
	}

	/** An anonymous visitor's client. */
	SiteClient site() {
		return this.client;
	}

	/** A learner: name, a site session signed in, and a Bearer token for the API. */
	record Learner(String name, SiteClient site, String token) {
	}

	Learner register(String prefix) {
		String name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		SiteClient site = new SiteClient(this.port);
		site.submit("/register", "/register", Map.of("username", name, "password", PASSWORD, "confirmation", PASSWORD));
		site.signIn(name, PASSWORD);
		HttpResponse<String> token = site.json("POST", "/api/tokens", "{\"name\": \"boards\"}",
				SiteClient.basic(name, PASSWORD));
		assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
		return new Learner(name, site, "Bearer " + JSON.readTree(token.body()).get("token").asString());
	}

	/**
	 * Submits and waits until the verdict is stored; the board follows asynchronously.
	 */
	JsonNode submit(Learner learner, String problem, String source) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("problem", problem);
		body.put("source", source);
		HttpResponse<String> accepted = this.client.json("POST", "/api/submissions", body.toString(), learner.token());
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		long id = JSON.readTree(accepted.body()).get("id").asLong();
		return await(() -> json("/api/submissions/" + id, learner.token()),
				(status) -> "DONE".equals(status.get("status").asString()), "submission " + id + " judged");
	}

	JsonNode json(String path, String token) {
		HttpResponse<String> response = this.client.json("GET", path, null, token);
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	/** The caller's own standing on a board, or null while they have none. */
	JsonNode me(Learner learner, String query) {
		JsonNode me = json("/api/leaderboards" + query, learner.token()).get("me");
		return (me == null || me.isNull()) ? null : me;
	}

	/**
	 * Polls until the condition holds; a generous bound so a stuck queue or listener
	 * fails the test.
	 */
	static <T> T await(Supplier<T> probe, Predicate<T> done, String what) {
		return Await.until(what, probe::get, done);
	}

}
