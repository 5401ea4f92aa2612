package com.mljudge.interviews;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import com.mljudge.accounts.AccountRoles;
import com.mljudge.accounts.Role;
import com.mljudge.support.Await;
import com.mljudge.support.SiteClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What interview tests share: fresh accounts (interviewers get the role), teams made
 * through the real form, JSON calls with HTTP Basic, and waiting for a view to show
 * something.
 */
final class InterviewFixtures {

	static final String PASSWORD = "interview-pass-31";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final int port;

	private final SiteClient client;

	private final AccountRoles roles;

	InterviewFixtures(int port, AccountRoles roles) {
		this.port = port;
		this.roles = roles;
		this.client = new SiteClient(port);
	}

	String user(String prefix) {
		String name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		HttpResponse<String> registered = new SiteClient(this.port).submit("/register", "/register",
				Map.of("username", name, "password", PASSWORD, "confirmation", PASSWORD));
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);
		return name;
	}

	String interviewer(String prefix) {
		String name = user(prefix);
		this.roles.grant(name, Role.INTERVIEWER);
		return name;
	}

	/** Makes {@code owner} the owner of a new team through the site's form. */
	void team(String owner) {
		SiteClient site = new SiteClient(this.port);
		assertThat(site.signIn(owner, PASSWORD).statusCode()).isEqualTo(302);
		HttpResponse<String> created = site.submit("/leaderboards/teams", "/teams", Map.of("name", "Team " + owner));
		assertThat(created.headers().firstValue("Location").orElse("")).contains("/teams/");
	}

	HttpResponse<String> call(String method, String path, Object body, String user) {
		String json = (body == null) ? null : (body instanceof String s) ? s : JSON.writeValueAsString(body);
		return this.client.json(method, path, json, SiteClient.basic(user, PASSWORD));
	}

	/** The answer's JSON, after checking its status. */
	JsonNode ok(int status, String method, String path, Object body, String user) {
		HttpResponse<String> response = call(method, path, body, user);
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
		return response.body().isEmpty() ? null : JSON.readTree(response.body());
	}

	/** Creates an interview of {@code items} (slug, minutes, slug, minutes ...). */
	long create(String interviewer, String candidate, Object... items) {
		java.util.List<Map<String, Object>> plan = new java.util.ArrayList<>();
		for (int i = 0; i < items.length; i += 2) {
			plan.add(Map.of("problem", items[i], "minutes", items[i + 1]));
		}
		Map<String, Object> request = new java.util.LinkedHashMap<>();
		request.put("title", "Phone screen");
		request.put("candidate", candidate);
		request.put("items", plan);
		return ok(201, "POST", "/api/interviews", request, interviewer).get("id").asLong();
	}

	/** Polls a view until {@code match} holds, for up to a minute. */
	JsonNode await(String path, String user, Predicate<JsonNode> match) {
		return Await.until("the expected view of " + path, () -> ok(200, "GET", path, null, user), match);
	}

}
