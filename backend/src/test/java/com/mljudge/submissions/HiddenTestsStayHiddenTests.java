package com.mljudge.submissions;

import java.net.http.HttpResponse;

import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SignedInLearner;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a solution prints or returns on a hidden test never reaches its author, on the API
 * or on the page; what it prints on samples does.
 */
@IntegrationTest
class HiddenTestsStayHiddenTests extends SignedInLearner {

	/**
	 * Prints each test's shape: kmeans has two samples (6 and 4 points), then hidden
	 * tests of 1 to 10 000 points.
	 */
	private static final String PRINTS_ITS_INPUT = """
			public class Solution {
			    public static int[] cluster(double[][] points, int k, double[][] initialCentroids) {
			        System.out.println("n=" + points.length + " k=" + k);
			        return new int[points.length];
			    }
			}
			""";

	HiddenTestsStayHiddenTests() {
		super("h");
	}

	@Test
	void onlyWhatSamplesPrintIsShown() {
		JsonNode done = submit("/api/submissions", PRINTS_ITS_INPUT);
		assertThat(done.get("tests").size()).isGreaterThan(2);
		assertThat(done.get("stdout").asString()).isEqualTo("n=6 k=2\nn=4 k=3\n");
		String page = this.site.get("/submissions/" + done.get("id").asLong()).body();
		assertThat(page).contains("n=6 k=2")
			.doesNotContain("n=1 k=1")
			.doesNotContain("n=300")
			.doesNotContain("n=10000");
	}

	@Test
	void hiddenTestsShowNeitherReturnedValuesNorMessages() {
		JsonNode done = submit("/api/submissions", PRINTS_ITS_INPUT);
		for (JsonNode test : done.get("tests")) {
			boolean sample = test.get("sample").asBoolean();
			assertThat(test.get("actual").isNull()).as(test.toString()).isEqualTo(!sample);
			if (!sample) {
				assertThat(test.get("message").isNull()).as(test.toString()).isTrue();
			}
		}
	}

	@Test
	void runsAndCustomInputShowTheirOutput() {
		JsonNode run = submit("/api/runs", PRINTS_ITS_INPUT);
		assertThat(run.get("stdout").asString()).isEqualTo("n=6 k=2\nn=4 k=3\n");
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("problem", "kmeans");
		body.put("source", PRINTS_ITS_INPUT);
		body.put("input", "[[[1, 2], [3, 4], [5, 6]], 1, [[0, 0]]]");
		JsonNode custom = accepted(this.site.json("POST", "/api/runs", body.toString(), this.user));
		assertThat(custom.get("stdout").asString()).isEqualTo("n=3 k=1\n");
	}

	private JsonNode submit(String path, String source) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("problem", "kmeans");
		body.put("source", source);
		return accepted(this.site.json("POST", path, body.toString(), this.user));
	}

	private JsonNode accepted(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		long id = this.json.readTree(response.body()).get("id").asLong();
		return this.json.readTree(this.site.awaitJudged(id, this.user));
	}

}
