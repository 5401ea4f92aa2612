package com.mljudge.submissions;

import java.net.http.HttpResponse;

import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SiteClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's submissions across all problems, on one page and in the API, with problem
 * titles where the pages used to show slugs.
 */
@IntegrationTest
class MySubmissionsTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void theApiListsTheCallersSubmissionsNewestFirst() {
		SiteClient client = new SiteClient(this.port);
		String user = client.registerFreshUser("mine");
		long first = submit(client, user, "kmeans");
		long second = submit(client, user, "pca");
		JsonNode all = this.json.readTree(client.json("GET", "/api/submissions", null, user).body());
		assertThat(all.size()).isEqualTo(2);
		assertThat(all.get(0).get("id").asLong()).isEqualTo(second);
		assertThat(all.get(0).get("problem").asString()).isEqualTo("pca");
		assertThat(all.get(1).get("id").asLong()).isEqualTo(first);
		assertThat(all.get(0).has("source")).isFalse();
		JsonNode kmeans = this.json.readTree(client.json("GET", "/api/submissions?problem=kmeans", null, user).body());
		assertThat(kmeans.size()).isEqualTo(1);
		assertThat(kmeans.get(0).get("id").asLong()).isEqualTo(first);
		String other = client.registerFreshUser("mine");
		assertThat(this.json.readTree(client.json("GET", "/api/submissions", null, other).body()).size()).isZero();
		assertThat(client.json("GET", "/api/submissions", null, null).statusCode()).isEqualTo(401);
	}

	@Test
	void theMySubmissionsPageListsEveryProblemByTitle() {
		SiteClient client = new SiteClient(this.port);
		String user = client.registerFreshUser("mine");
		long id = submit(client, user, "kmeans");
		submit(client, user, "pca");
		client.signIn(SiteClient.username(user), SiteClient.USER_PASSWORD);
		String page = client.get("/submissions").body();
		assertThat(page).contains("href=\"/submissions/" + id + "\"")
			.contains("K-means clustering (Lloyd&#39;s algorithm)")
			.contains("href=\"/problems/pca\"");
		assertThat(client.get("/").body()).contains("id=\"my-submissions\"");
		assertThat(client.get("/problems/kmeans/submissions").body())
			.contains("<a href=\"/problems/kmeans\">K-means clustering (Lloyd&#39;s algorithm)</a>");
		assertThat(client.get("/submissions/" + id).body())
			.contains("<a href=\"/problems/kmeans\">K-means clustering (Lloyd&#39;s algorithm)</a>");
		assertThat(new SiteClient(this.port).get("/submissions").statusCode()).isEqualTo(302);
	}

	private long submit(SiteClient client, String user, String problem) {
		String body = JsonNodeFactory.instance.objectNode()
			.put("problem", problem)
			.put("source", "public class Solution {}")
			.toString();
		HttpResponse<String> accepted = client.json("POST", "/api/submissions", body, user);
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		return this.json.readTree(accepted.body()).get("id").asLong();
	}

}
