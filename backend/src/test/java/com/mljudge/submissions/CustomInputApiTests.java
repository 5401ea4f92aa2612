package com.mljudge.submissions;

import java.net.http.HttpResponse;

import com.mljudge.problembank.ProblemBank;
import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SiteClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs on typed input over the JSON API: judged against the reference on the same input,
 * or refused clearly.
 */
@IntegrationTest
class CustomInputApiTests {

	private static final String KMEANS_INPUT = "[[[0, 0], [0, 1], [10, 10], [10, 11]], 2, [[0, 0], [10, 10]]]";

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ProblemBank bank;

	SiteClient client;

	String user;

	@BeforeEach
	void freshUser() {
		this.client = new SiteClient(this.port);
		this.user = this.client.registerFreshUser("c");
	}

	@Test
	void referenceOnTypedInputIsAcceptedWithTheReferencesOutputAsExpected() {
		JsonNode done = runAndWait("kmeans", reference("kmeans"), this.json.readTree(KMEANS_INPUT));
		assertThat(done.get("mode").asString()).isEqualTo("RUN");
		assertThat(done.get("verdict").asString()).isEqualTo("ACCEPTED");
		assertThat(done.get("tests")).hasSize(1);
		JsonNode test = done.get("tests").get(0);
		assertThat(test.get("name").asString()).isEqualTo("custom");
		assertThat(test.get("actual").toString()).isEqualTo("[0,0,1,1]");
		JsonNode custom = done.get("custom");
		assertThat(custom.get("expected").toString()).isEqualTo("[0,0,1,1]");
		assertThat(custom.get("compared").asBoolean()).isTrue();
		assertThat(custom.get("input").toString()).isEqualTo("[[[0,0],[0,1],[10,10],[10,11]],2,[[0,0],[10,10]]]");
	}

	@Test
	void wrongOutputOnTypedInputIsAWrongAnswer() {
		String allZero = "public class Solution {\n    public static int[] cluster(double[][] p, int k, double[][] c) {\n"
				+ "        return new int[p.length];\n    }\n}\n";
		JsonNode done = runAndWait("kmeans", allZero, this.json.readTree(KMEANS_INPUT));
		assertThat(done.get("verdict").asString()).isEqualTo("WRONG_ANSWER");
		assertThat(done.get("custom").get("expected").toString()).isEqualTo("[0,0,1,1]");
	}

	@Test
	void inputMayAlsoComeAsAJsonString() {
		JsonNode done = runAndWait("kmeans", reference("kmeans"), JsonNodeFactory.instance.stringNode(KMEANS_INPUT));
		assertThat(done.get("verdict").asString()).isEqualTo("ACCEPTED");
	}

	@Test
	void badJsonGets400SayingSo() {
		HttpResponse<String> response = run("kmeans", reference("kmeans"),
				JsonNodeFactory.instance.stringNode("[[[0, 0]], 1, "));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(detail(response)).startsWith("The input is not valid JSON");
	}

	@Test
	void wrongArityGets400NamingTheParameters() {
		HttpResponse<String> response = run("kmeans", reference("kmeans"), this.json.readTree("[[[0, 0]], 1]"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(detail(response)).contains("expected 3 values")
			.contains("cluster(double[][] points, int k, double[][] initialCentroids)")
			.contains("got 2");
		HttpResponse<String> notAnArray = run("kmeans", reference("kmeans"), this.json.readTree("{\"k\": 1}"));
		assertThat(notAnArray.statusCode()).isEqualTo(400);
		assertThat(detail(notAnArray)).contains("expected a JSON array");
	}

	@Test
	void wrongTypeGets400NamingTheParameterAndPosition() {
		HttpResponse<String> word = run("kmeans", reference("kmeans"),
				this.json.readTree("[[[0, 0]], \"two\", [[0, 0]]]"));
		assertThat(word.statusCode()).isEqualTo(400);
		assertThat(detail(word)).contains("parameter 'k' (int)").contains("expected an integer");
		HttpResponse<String> deep = run("kmeans", reference("kmeans"),
				this.json.readTree("[[[0, 0], [1, true]], 1, [[0, 0]]]"));
		assertThat(deep.statusCode()).isEqualTo(400);
		assertThat(detail(deep)).contains("parameter 'points' (double[][])").contains("[1][1]");
	}

	@Test
	void oversizedInputGets413WithTheLimit() {
		StringBuilder points = new StringBuilder("[[");
		for (int i = 0; i < 30_000; i++) {
			points.append((i > 0) ? "," : "").append("[0.123456,0.654321]");
		}
		points.append("], 1, [[0, 0]]]");
		HttpResponse<String> bytes = run("kmeans", reference("kmeans"),
				JsonNodeFactory.instance.stringNode(points.toString()));
		assertThat(bytes.statusCode()).isEqualTo(413);
		assertThat(detail(bytes)).contains("256 KiB");
		// Short numbers: under the byte cap, over the count cap.
		StringBuilder many = new StringBuilder("[[[");
		for (int i = 0; i < 100_001; i++) {
			many.append((i > 0) ? ",0" : "0");
		}
		many.append("]], 1, [[0, 0]]]");
		HttpResponse<String> values = run("kmeans", reference("kmeans"),
				JsonNodeFactory.instance.stringNode(many.toString()));
		assertThat(values.statusCode()).isEqualTo(413);
		assertThat(detail(values)).contains("the limit is 100000");
	}

	@Test
	void referenceFailingOnTheInputIsReportedInsteadOfAVerdict() {
		// Two clusters but one starting centroid: the reference indexes past the end.
		String mine = "public class Solution {\n    public static int[] cluster(double[][] p, int k, double[][] c) {\n"
				+ "        return new int[p.length];\n    }\n}\n";
		JsonNode done = runAndWait("kmeans", mine, this.json.readTree("[[[0, 0], [1, 1]], 2, [[0, 0]]]"));
		JsonNode custom = done.get("custom");
		assertThat(custom.get("referenceFailure").asString()).contains("runtime error")
			.contains("ArrayIndexOutOfBoundsException");
		assertThat(custom.get("expected").isNull()).isTrue();
		assertThat(done.get("verdict").asString()).isEqualTo("NOT_CHECKED");
		assertThat(done.get("tests").get(0).get("actual").toString()).isEqualTo("[0,0]");
	}

	@Test
	void metricProblemsShowOutputsWithoutAVerdict() {
		JsonNode done = runAndWait("logistic-classifier", reference("logistic-classifier"),
				this.json.readTree("[[[-2], [-1], [1], [2]], [0, 0, 1, 1], [[-3], [3]]]"));
		assertThat(done.get("verdict").asString()).isEqualTo("NOT_CHECKED");
		assertThat(done.get("custom").get("compared").asBoolean()).isFalse();
		assertThat(done.get("custom").get("expected").toString()).isEqualTo("[0,1]");
		assertThat(done.get("tests").get(0).get("actual").toString()).isEqualTo("[0,1]");
	}

	@Test
	void submissionsDoNotTakeInput() {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("problem", "kmeans");
		body.put("source", reference("kmeans"));
		body.set("input", this.json.readTree(KMEANS_INPUT));
		HttpResponse<String> response = this.client.json("POST", "/api/submissions", body.toString(), this.user);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(detail(response)).contains("/api/runs");
	}

	@Test
	void runtimeErrorsOnTypedInputCarryTheUsersFrame() {
		String throwing = "public class Solution {\n    public static int[] cluster(double[][] p, int k, double[][] c) {\n"
				+ "        return new int[] { 1 / (k - k) };\n    }\n}\n";
		JsonNode done = runAndWait("kmeans", throwing, this.json.readTree(KMEANS_INPUT));
		assertThat(done.get("verdict").asString()).isEqualTo("RUNTIME_ERROR");
		assertThat(done.get("tests").get(0).get("message").asString()).contains("java.lang.ArithmeticException")
			.contains("at Solution.cluster(Solution.java:3)");
	}

	private String reference(String slug) {
		return this.bank.get(slug).coding().referenceSource();
	}

	private HttpResponse<String> run(String problem, String source, JsonNode input) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("problem", problem);
		body.put("source", source);
		body.set("input", input);
		return this.client.json("POST", "/api/runs", body.toString(), this.user);
	}

	private String detail(HttpResponse<String> response) {
		return this.json.readTree(response.body()).get("detail").asString();
	}

	private JsonNode runAndWait(String problem, String source, JsonNode input) {
		HttpResponse<String> accepted = run(problem, source, input);
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		long id = this.json.readTree(accepted.body()).get("id").asLong();
		return this.json.readTree(this.client.awaitJudged(id, this.user));
	}

}
