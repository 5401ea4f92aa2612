package com.mljudge.web;

import java.net.http.HttpResponse;
import java.util.Map;

import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SignedInLearner;
import org.junit.jupiter.api.Test;

import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad JSON, in an API body or in the problem page's custom input, is answered in our
 * words with the line and column, and never with the parser's internals.
 */
@IntegrationTest
class JsonErrorMessagesTests extends SignedInLearner {

	private static final String[] INTERNALS = { "Jackson", "jackson", "StreamReadFeature", "byte offset", "#UNKNOWN",
			"Failed to read request", "code 93" };

	JsonErrorMessagesTests() {
		super("json");
	}

	@Test
	void anApiBodyThatIsNotJsonSaysWhereItBreaks() {
		HttpResponse<String> cut = this.site.json("POST", "/api/submissions",
				"{\"problem\": \"kmeans\",\n \"source\": ", this.user);
		assertThat(cut.statusCode()).isEqualTo(400);
		assertThat(cut.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(detail(cut)).startsWith("The request body is not valid JSON: line 2")
			.contains("the text ends too early");
		HttpResponse<String> comma = this.site.json("POST", "/api/runs", "{\"problem\": \"kmeans\",}", this.user);
		assertThat(detail(comma)).isEqualTo(
				"The request body is not valid JSON: line 1, column 22: a field is missing before '}' (a comma too many?).");
		HttpResponse<String> quotes = this.site.json("POST", "/api/runs", "{'problem': 'kmeans'}", this.user);
		assertThat(detail(quotes)).contains("line 1, column 2").contains("double quotes");
		for (HttpResponse<String> response : java.util.List.of(cut, comma, quotes)) {
			assertThat(response.body()).doesNotContain(INTERNALS);
		}
	}

	@Test
	void anApiBodyOfTheWrongShapeOrMissingSaysSo() {
		HttpResponse<String> array = this.site.json("POST", "/api/submissions", "[1, 2]", this.user);
		assertThat(array.statusCode()).isEqualTo(400);
		assertThat(detail(array)).startsWith("The request body must be a JSON object").contains("line 1, column 1");
		HttpResponse<String> empty = this.site.json("POST", "/api/submissions", "", this.user);
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(detail(empty)).isEqualTo("The request needs a JSON body.");
		assertThat(array.body() + empty.body()).doesNotContain(INTERNALS).doesNotContain("tools.");
	}

	@Test
	void customInputOverTheApiNamesLineAndColumn() {
		String body = "{\"problem\": \"kmeans\", \"source\": \"class Solution {}\", \"input\": \"[[[0, 0]],\\n 1 [[0, 0]]]\"}";
		HttpResponse<String> response = this.site.json("POST", "/api/runs", body, this.user);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(detail(response)).isEqualTo(
				"The input is not valid JSON: line 2, column 4: a comma is missing between two values of a list, before '['.");
	}

	@Test
	void jsonPastTheReadersBoundsSaysWhichBound() {
		String deep = "[".repeat(2_000);
		HttpResponse<String> input = this.site.json("POST", "/api/runs",
				"{\"problem\": \"kmeans\", \"source\": \"class Solution {}\", \"input\": \"" + deep + "\"}", this.user);
		assertThat(input.statusCode()).isEqualTo(400);
		assertThat(detail(input)).startsWith("The input is not valid JSON: lists and objects are nested deeper than ")
			.endsWith(" levels, the most the reader takes.");
		HttpResponse<String> body = this.site.json("POST", "/api/submissions", "{\"problem\": " + deep, this.user);
		assertThat(body.statusCode()).isEqualTo(400);
		assertThat(detail(body)).contains("nested deeper than");
		HttpResponse<String> digits = this.site.json("POST", "/api/runs",
				"{\"problem\": \"kmeans\", \"source\": \"class Solution {}\", \"input\": \"[" + "1".repeat(5_000)
						+ "]\"}",
				this.user);
		assertThat(detail(digits)).contains("a number has more than ").contains(" digits, the most the reader takes");
		assertThat(input.body() + body.body() + digits.body()).doesNotContain(INTERNALS)
			.doesNotContain("StreamReadConstraints");
	}

	@Test
	void customInputOnThePageNamesLineAndColumn() {
		String refused = HtmlUtils.htmlUnescape(
				this.site
					.submit("/problems/kmeans", "/problems/kmeans/run",
							Map.of("source", "class Solution {}", "input", "[[[0, 0]], NaN, [[0, 0]]]"))
					.body());
		assertThat(refused).contains("Invalid input")
			.contains("The input is not valid JSON: line 1, column")
			.contains("NaN is not a JSON number; write it as the string \"NaN\"")
			.doesNotContain(INTERNALS);
	}

	@Test
	void aParameterOfTheWrongTypeIsNamedWithWhatItTakes() {
		HttpResponse<String> response = this.site.json("GET", "/api/submissions/abc", null, this.user);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(detail(response)).isEqualTo("'id' must be a whole number; 'abc' is not.");
		assertThat(response.body()).doesNotContain("Failed to convert");
	}

	@Test
	void aPathOrMethodNothingAnswersIsProblemJsonToo() {
		HttpResponse<String> missing = this.site.json("GET", "/api/no-such-thing", null, this.user);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(detail(missing)).startsWith("Nothing answers GET /api/no-such-thing");
		HttpResponse<String> posted = this.site.json("POST", "/api/no-such-thing", "{}", this.user);
		assertThat(posted.statusCode()).isEqualTo(404);
		assertThat(detail(posted)).startsWith("Nothing answers POST /api/no-such-thing");
		HttpResponse<String> method = this.site.json("PUT", "/api/submissions/1", "{}", this.user);
		assertThat(method.statusCode()).isEqualTo(405);
		assertThat(method.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(method.headers().firstValue("Allow")).isPresent();
		assertThat(detail(method))
			.isEqualTo("/api/submissions/1 does not take PUT (the Allow header says what it takes).");
		assertThat(missing.body() + method.body()).doesNotContain("timestamp");
		HttpResponse<String> unknownProblem = this.site.json("GET", "/problems/no-such-problem", null, this.user);
		assertThat(unknownProblem.statusCode()).isEqualTo(404);
		assertThat(detail(unknownProblem)).isEqualTo("Not Found.");
		HttpResponse<String> page = this.site.get("/no-such-page");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
	}

	private String detail(HttpResponse<String> response) {
		return this.json.readTree(response.body()).get("detail").asString();
	}

}
