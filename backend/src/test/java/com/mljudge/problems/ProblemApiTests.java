package com.mljudge.problems;

import java.net.http.HttpResponse;

import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SiteClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The public catalog API and its OpenAPI description. */
@IntegrationTest
class ProblemApiTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	SiteClient client;

	@BeforeEach
	void client() {
		this.client = new SiteClient(this.port);
	}

	@Test
	void listsProblemsWithFiltersWithoutSigningIn() {
		HttpResponse<String> response = this.client.json("GET", "/api/problems?kind=coding&q=cluster", null, null);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode page = this.json.readTree(response.body());
		assertThat(page.get("problems").toString()).contains("\"kmeans\"");
		assertThat(page.get("kindCounts").has("coding")).isTrue();
	}

	@Test
	void describesOneProblemWithSignatureStarterAndSamples() {
		JsonNode problem = this.json.readTree(this.client.json("GET", "/api/problems/kmeans", null, null).body());
		assertThat(problem.get("signature").asString()).contains("int[] cluster(double[][] points");
		assertThat(problem.get("starter").asString()).contains("class Solution");
		assertThat(problem.get("samples").size()).isPositive();
		assertThat(problem.get("samples").get(0).get("args").isArray()).isTrue();
	}

	@Test
	void unknownProblemIs404ProblemJson() {
		HttpResponse<String> response = this.client.json("GET", "/api/problems/nope", null, null);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
	}

	@Test
	void openApiDescribesTheApi() {
		HttpResponse<String> response = this.client.json("GET", "/v3/api-docs", null, null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("/api/submissions").contains("/api/problems").contains("/api/tokens");
	}

}
