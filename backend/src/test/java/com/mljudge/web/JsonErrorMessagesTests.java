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

	private String detail(HttpResponse<String> response) {
		return this.json.readTree(response.body()).get("detail").asString();
	}

}
