package com.mljudge.submissions;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SiteClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A POST sent again with the same Idempotency-Key (a retry, a double click) answers with
 * the first submission and queues nothing new, over real HTTP.
 */
@IntegrationTest
class IdempotencyKeyTests {

	private static final String SOURCE = "public class Solution {}\n";

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	String user;

	@BeforeEach
	void freshUser() {
		this.user = new SiteClient(this.port).registerFreshUser("idem");
	}

	@Test
	void aRetriedSubmissionAnswersWithTheFirstOne() throws Exception {
		String key = UUID.randomUUID().toString();
		HttpResponse<String> first = post("/api/submissions", "kmeans", SOURCE, key);
		HttpResponse<String> again = post("/api/submissions", "kmeans", SOURCE, key);
		assertThat(first.statusCode()).isEqualTo(202);
		assertThat(again.statusCode()).isEqualTo(202);
		long id = this.json.readTree(first.body()).get("id").asLong();
		assertThat(this.json.readTree(again.body()).get("id").asLong()).isEqualTo(id);
		assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
		assertThat(submissionsOfUser()).isEqualTo(1);
	}

	@Test
	void requestsWithoutAKeyOrWithNewKeysEachMakeASubmission() throws Exception {
		post("/api/runs", "kmeans", SOURCE, null);
		post("/api/runs", "kmeans", SOURCE, null);
		post("/api/runs", "kmeans", SOURCE, UUID.randomUUID().toString());
		post("/api/runs", "kmeans", SOURCE, UUID.randomUUID().toString());
		assertThat(submissionsOfUser()).isEqualTo(4);
	}

	@Test
	void aKeyReusedForDifferentCodeIsRefused() throws Exception {
		String key = UUID.randomUUID().toString();
		assertThat(post("/api/runs", "kmeans", SOURCE, key).statusCode()).isEqualTo(202);
		HttpResponse<String> other = post("/api/runs", "kmeans", "public class Solution { }\n", key);
		assertThat(other.statusCode()).isEqualTo(422);
		assertThat(other.body()).contains("Idempotency-Key").contains("new key");
		HttpResponse<String> asSubmission = post("/api/submissions", "kmeans", SOURCE, key);
		assertThat(asSubmission.statusCode()).isEqualTo(422);
		assertThat(submissionsOfUser()).isEqualTo(1);
	}

	@Test
	void aMalformedKeyIsABadRequest() throws Exception {
		HttpResponse<String> tooLong = post("/api/runs", "kmeans", SOURCE, "k".repeat(101));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("1 to 100 characters");
		HttpResponse<String> odd = post("/api/runs", "kmeans", SOURCE, "my key");
		assertThat(odd.statusCode()).isEqualTo(400);
		assertThat(odd.body()).contains("printable ASCII");
		assertThat(submissionsOfUser()).isZero();
	}

	@Test
	void keysBelongToOneUser() throws Exception {
		String key = UUID.randomUUID().toString();
		long mine = this.json.readTree(post("/api/runs", "kmeans", SOURCE, key).body()).get("id").asLong();
		this.user = new SiteClient(this.port).registerFreshUser("idem");
		HttpResponse<String> theirs = post("/api/runs", "kmeans", SOURCE, key);
		assertThat(theirs.statusCode()).isEqualTo(202);
		assertThat(this.json.readTree(theirs.body()).get("id").asLong()).isNotEqualTo(mine);
	}

	private int submissionsOfUser() {
		return this.jdbc.queryForObject(
				"select count(*) from submissions s join users u on u.id = s.user_id where u.username = ?",
				Integer.class, SiteClient.username(this.user));
	}

	private HttpResponse<String> post(String path, String problem, String source, String key)
			throws IOException, InterruptedException {
		ObjectNode body = JsonNodeFactory.instance.objectNode().put("problem", problem).put("source", source);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Authorization", this.user)
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
