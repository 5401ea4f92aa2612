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
 * Text PostgreSQL refuses (NUL, U+0000) from user code is stored and shown as U+FFFD; a
 * NUL in a source, or a source that is not a string, is refused at once with 400.
 */
@IntegrationTest
class StoredTextTests extends SignedInLearner {

	private static final char REPLACEMENT = '\uFFFD';

	StoredTextTests() {
		super("n");
	}

	@Test
	void aNulInStdoutAndInAnExceptionMessageIsStoredAsAReplacementCharacter() {
		String source = """
				public class Solution {
				    public static int[] cluster(double[][] points, int k, double[][] initialCentroids) {
				        System.out.println("before" + (char) 0 + "after");
				        throw new IllegalStateException("bad" + (char) 0 + "value");
				    }
				}
				""";
		JsonNode done = judged(post("/api/submissions", "kmeans", source));
		assertThat(done.get("verdict").asString()).isEqualTo("RUNTIME_ERROR");
		assertThat(done.get("stdout").asString()).contains("before" + REPLACEMENT + "after");
		assertThat(done.get("tests").get(0).get("message").asString()).contains("bad" + REPLACEMENT + "value");
		String page = this.site.get("/submissions/" + done.get("id").asLong()).body();
		assertThat(page).contains("before" + REPLACEMENT + "after");
	}

	@Test
	void aReturnedStringAndCustomInputWithNulAreJudged() {
		String appendsNul = """
				public class Solution {
				    public static String replaceSpaces(String s, char c) {
				        return s.replace(' ', c) + (char) 0;
				    }
				}
				""";
		JsonNode done = judged(post("/api/submissions", "replace-spaces", appendsNul));
		assertThat(done.get("verdict").asString()).isEqualTo("WRONG_ANSWER");
		assertThat(done.get("tests").get(0).get("actual").asString()).isEqualTo("hello_world" + REPLACEMENT);

		ObjectNode run = JsonNodeFactory.instance.objectNode();
		run.put("problem", "replace-spaces");
		run.put("source", appendsNul);
		run.put("input", "[\"a\\u0000 b\", \"_\"]");
		JsonNode custom = judged(this.site.json("POST", "/api/runs", run.toString(), this.user));
		assertThat(custom.get("tests").get(0).get("actual").asString())
			.isEqualTo("a" + REPLACEMENT + "_b" + REPLACEMENT);
		assertThat(custom.get("custom").get("expected").asString()).isEqualTo("a" + REPLACEMENT + "_b");
	}

	@Test
	void aNulInTheSourceIsRefusedWithItsPlace() {
		HttpResponse<String> refused = post("/api/submissions", "kmeans",
				"public class Solution {\n  int x;\u0000\n}\n");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("NUL").contains("line 2, column 9");
	}

	@Test
	void aSourceThatIsNotAStringIsABadRequest() {
		for (String source : new String[] { "123", "true", "[\"class Solution {}\"]", "{\"a\": 1}" }) {
			HttpResponse<String> refused = this.site.json("POST", "/api/submissions",
					"{\"problem\": \"kmeans\", \"source\": " + source + "}", this.user);
			assertThat(refused.statusCode()).as(source).isEqualTo(400);
			assertThat(refused.body()).as(source).contains("'source' must be a JSON string");
		}
		HttpResponse<String> problem = this.site.json("POST", "/api/runs",
				"{\"problem\": 7, \"source\": \"class Solution {}\"}", this.user);
		assertThat(problem.statusCode()).isEqualTo(400);
	}

	private HttpResponse<String> post(String path, String problem, String source) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("problem", problem);
		body.put("source", source);
		return this.site.json("POST", path, body.toString(), this.user);
	}

	private JsonNode judged(HttpResponse<String> accepted) {
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		long id = this.json.readTree(accepted.body()).get("id").asLong();
		return this.json.readTree(this.site.awaitJudged(id, this.user));
	}

}
