package com.mljudge.practice;

import java.net.http.HttpResponse;
import java.util.Map;

import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SiteClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questions and reviews API: public listing, answers for signed-in callers, a
 * per-user due queue.
 */
@IntegrationTest
class PracticeApiTests {

	private static final String PASSWORD = "practice-api-pass-1";

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	SiteClient client;

	@BeforeEach
	void client() {
		this.client = new SiteClient(this.port);
	}

	@Test
	void anyoneListsQuestionsFilteredByTopicAndKind() {
		HttpResponse<String> all = this.client.json("GET", "/api/questions", null, null);
		assertThat(all.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(all.body()).size()).isGreaterThanOrEqualTo(84);

		JsonNode designs = this.json
			.readTree(this.client.json("GET", "/api/questions?kind=system-design", null, null).body());
		assertThat(designs.size()).isGreaterThanOrEqualTo(10);
		designs.forEach((q) -> assertThat(q.get("kind").asString()).isEqualTo("system-design"));

		JsonNode nlp = this.json.readTree(this.client.json("GET", "/api/questions?topic=nlp", null, null).body());
		assertThat(nlp.size()).isPositive();
		nlp.forEach((q) -> assertThat(q.get("topics").toString()).contains("\"nlp\""));
	}

	@Test
	void anonymousCallerGetsTheQuestionWithoutTheAnswer() {
		HttpResponse<String> response = this.client.json("GET", "/api/questions/bias-and-variance", null, null);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode question = this.json.readTree(response.body());
		assertThat(question.get("title").asString()).isEqualTo("What are bias and variance?");
		assertThat(question.get("statement").asString()).isNotBlank();
		assertThat(question.has("answer")).isFalse();
		assertThat(question.has("keyPoints")).isFalse();
		assertThat(question.has("quiz")).isFalse();
		assertThat(question.get("answerIncluded").asBoolean()).isFalse();
	}

	@Test
	void signedInCallerGetsTheAnswerKeyPointsAndQuiz() {
		JsonNode question = this.json
			.readTree(this.client.json("GET", "/api/questions/bias-and-variance", null, bearer(newUser())).body());
		assertThat(question.get("answer").asString()).contains("irreducible error");
		assertThat(question.get("keyPoints").size()).isBetween(3, 7);
		assertThat(question.get("quiz").get(0).get("type").asString()).isEqualTo("number");
		assertThat(question.get("quiz").get(0).get("answer").asDouble()).isEqualTo(8.0);
	}

	@Test
	void unknownQuestionOrKindIsAProblem() {
		assertProblem(this.client.json("GET", "/api/questions/no-such-question", null, null), 404);
		assertProblem(this.client.json("GET", "/api/questions?kind=poetry", null, null), 400);
	}

	@Test
	void reviewsNeedAToken() {
		assertProblem(this.client.json("GET", "/api/reviews/due", null, null), 401);
		assertProblem(this.client.json("POST", "/api/reviews", "{\"slug\": \"bias-and-variance\", \"grade\": \"good\"}",
				null), 401);
	}

	@Test
	void reviewingACardMovesItOutOfTheQueueUntilItIsDue() {
		String bearer = bearer(newUser());
		JsonNode before = this.json
			.readTree(this.client.json("GET", "/api/reviews/due?topic=nlp", null, bearer).body());
		assertThat(before.get("due").asInt()).isZero();
		int fresh = before.get("fresh").asInt();
		String slug = before.get("cards").get(0).get("slug").asString();
		assertThat(before.get("cards").get(0).get("isNew").asBoolean()).isTrue();

		HttpResponse<String> reviewed = this.client.json("POST", "/api/reviews",
				"{\"slug\": \"" + slug + "\", \"grade\": \"easy\"}", bearer);
		assertThat(reviewed.statusCode()).isEqualTo(200);
		JsonNode outcome = this.json.readTree(reviewed.body());
		assertThat(outcome.get("grade").asString()).isEqualTo("EASY");
		assertThat(outcome.get("intervalDays").asInt()).isEqualTo(8);
		assertThat(outcome.get("stability").asDouble()).isEqualTo(8.2956);

		JsonNode after = this.json.readTree(this.client.json("GET", "/api/reviews/due?topic=nlp", null, bearer).body());
		assertThat(after.get("fresh").asInt()).isEqualTo(fresh - 1);
		after.get("cards").forEach((card) -> assertThat(card.get("slug").asString()).isNotEqualTo(slug));
	}

	@Test
	void badReviewRequestsAreProblems() {
		String bearer = bearer(newUser());
		HttpResponse<String> grade = this.client.json("POST", "/api/reviews",
				"{\"slug\": \"bias-and-variance\", \"grade\": \"perfect\"}", bearer);
		assertProblem(grade, 400);
		assertThat(grade.body()).contains("again, hard, good, easy");
		assertProblem(this.client.json("POST", "/api/reviews", "{\"slug\": \"nope\", \"grade\": \"good\"}", bearer),
				404);
		assertProblem(this.client.json("POST", "/api/reviews", "{\"grade\": \"good\"}", bearer), 400);
		assertProblem(this.client.json("GET", "/api/reviews/due?limit=0", null, bearer), 400);
	}

	private String newUser() {
		String name = "apilearner" + System.nanoTime() % 1_000_000_000;
		SiteClient site = new SiteClient(this.port);
		site.submit("/register", "/register", Map.of("username", name, "password", PASSWORD, "confirmation", PASSWORD));
		return name;
	}

	private String bearer(String username) {
		HttpResponse<String> created = this.client.json("POST", "/api/tokens", "{\"name\": \"practice\"}",
				SiteClient.basic(username, PASSWORD));
		assertThat(created.statusCode()).isEqualTo(201);
		return "Bearer " + this.json.readTree(created.body()).get("token").asString();
	}

	private void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(this.json.readTree(response.body()).get("status").asInt()).isEqualTo(status);
	}

}
