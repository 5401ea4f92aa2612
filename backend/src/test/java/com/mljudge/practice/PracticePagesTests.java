package com.mljudge.practice;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SiteClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practice pages over real HTTP: read mode, review, quiz, self-assessment and drill,
 * with CSRF-protected forms.
 */
@IntegrationTest
class PracticePagesTests {

	private static final String PASSWORD = "practice-pass-1";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	SiteClient anonymous;

	@BeforeEach
	void client() {
		this.anonymous = new SiteClient(this.port);
	}

	@Test
	void relatedCodingProblemsAreListedByTitle() {
		String page = this.anonymous.get("/practice/questions/ab-testing-a-model-change").body();
		assertThat(page).contains("<a href=\"/problems/t-statistic\">One-sample t statistic</a>")
			.doesNotContain(">t-statistic</a>");
	}

	@Test
	void topicsFoldSoTheIndexIsShortAndOpenWhenFiltered() {
		String all = this.anonymous.get("/practice").body();
		assertThat(all).contains("<details class=\"topic-section mb-3\" id=\"topic-deep-learning\">")
			.doesNotContain("id=\"topic-deep-learning\" open");
		assertThat(this.anonymous.get("/practice?topic=nlp").body())
			.containsPattern("<details class=\"topic-section mb-3\" id=\"topic-nlp\" open");
	}

	@Test
	void practiceListsItemsByTopicAndKindForEveryone() {
		HttpResponse<String> page = this.anonymous.get("/practice");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("nav-link active")
			.contains("id=\"topic-deep-learning\"")
			.contains("href=\"/practice/questions/bias-and-variance\"")
			.contains("Case study")
			.contains("System design")
			.contains("Sign in</a> to review");

		HttpResponse<String> caseStudies = this.anonymous.get("/practice?kind=case-study");
		assertThat(caseStudies.body()).contains("case-ride-eta-model")
			.doesNotContain("/practice/questions/bias-and-variance\"");
		HttpResponse<String> nlp = this.anonymous.get("/practice?topic=nlp");
		assertThat(nlp.body()).contains("id=\"topic-nlp\"").doesNotContain("id=\"topic-deep-learning\"");
		assertThat(this.anonymous.get("/practice?kind=coding").statusCode()).isEqualTo(400);
	}

	@Test
	void readModeHidesTheRenderedAnswerUntilRevealed() {
		HttpResponse<String> page = this.anonymous.get("/practice/questions/bias-and-variance");
		assertThat(page.statusCode()).isEqualTo(200);
		String body = page.body();
		assertThat(body).contains("What are bias and variance?")
			.contains("<details class=\"answer-reveal")
			.contains("Show the model answer")
			.contains("<table>")
			.contains("Key points an interviewer listens for");
		assertThat(body.indexOf("<details")).isLessThan(body.indexOf("<table>"));
		assertThat(this.anonymous.get("/practice/questions/no-such-question").statusCode()).isEqualTo(404);
	}

	@Test
	void studyModesNeedSigningIn() {
		for (String path : new String[] { "/practice/review", "/practice/quiz",
				"/practice/questions/bias-and-variance/self-assessment", "/practice/drill",
				"/practice/drill/next?kind=conceptual" }) {
			HttpResponse<String> page = this.anonymous.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(302);
			assertThat(page.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/login");
		}
	}

	@Test
	void gradingAReviewCardSchedulesItAndShowsTheNextOne() {
		SiteClient user = signedInUser();
		HttpResponse<String> review = user.get("/practice/review?topic=nlp");
		assertThat(review.statusCode()).isEqualTo(200);
		String first = dataSlug(review.body());
		assertThat(review.body()).contains("id=\"grade-good\"")
			.contains("Show the answer")
			.contains("title=\"Next review in 2 days\"")
			.contains("title=\"Next review in 8 days\"");

		HttpResponse<String> graded = user.submit("/practice/review?topic=nlp", "/practice/review",
				Map.of("slug", first, "grade", "GOOD", "topic", "nlp"));
		assertThat(graded.statusCode()).isEqualTo(302);
		assertThat(graded.headers().firstValue("Location").orElseThrow()).endsWith("/practice/review?topic=nlp");

		HttpResponse<String> next = user.get("/practice/review?topic=nlp");
		assertThat(next.body()).contains("next review in <span>2</span>");
		assertThat(dataSlug(next.body())).isNotEqualTo(first);
		assertThat(user.get("/practice").body()).contains("id=\"due-total\"").contains("mastery");
	}

	@Test
	void gradingWithoutCsrfTokenIsRefused() {
		SiteClient user = signedInUser();
		assertThat(user.post("/practice/review", Map.of("slug", "bias-and-variance", "grade", "GOOD")).statusCode())
			.isEqualTo(403);
	}

	@Test
	void quizOfTenItemsIsMarkedWithExplanationsAndRecordedInHistory() {
		SiteClient user = signedInUser();
		HttpResponse<String> started = user.submit("/practice/quiz", "/practice/quiz", Map.of("topic", ""));
		assertThat(started.statusCode()).isEqualTo(302);
		String quiz = started.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		for (int position = 0; position < 10; position++) {
			HttpResponse<String> item = user.get(quiz);
			assertThat(item.body()).contains("question <span>" + (position + 1) + "</span> of <span>10</span>");
			HttpResponse<String> answered = user.submit(quiz, quiz + "/answers",
					Map.of("position", String.valueOf(position), "answer", "0"));
			// Post, redirect, get: reloading the feedback sends nothing again.
			assertThat(answered.statusCode()).isEqualTo(302);
			String feedbackPage = answered.headers().firstValue("Location").orElseThrow();
			assertThat(feedbackPage).endsWith(quiz + "/answers/" + position);
			HttpResponse<String> feedback = user.get(feedbackPage.replaceFirst("^https?://[^/]+", ""));
			assertThat(feedback.statusCode()).isEqualTo(200);
			assertThat(user.get(feedbackPage.replaceFirst("^https?://[^/]+", "")).body())
				.contains("id=\"explanation\"");
			assertThat(feedback.body()).containsAnyOf("id=\"answer-right\"", "id=\"answer-wrong\"")
				.contains("id=\"explanation\"");
		}
		HttpResponse<String> result = user.get(quiz);
		assertThat(result.body()).contains("id=\"quiz-score\"").contains("<span>Mixed</span> quiz");
		assertThat(user.get("/practice/quiz").body()).contains("id=\"quiz-history\"").contains(" / 10");
	}

	@Test
	void resubmittingAnAnsweredQuizItemDoesNotCountItTwice() {
		SiteClient user = signedInUser();
		String quiz = user.submit("/practice/quiz", "/practice/quiz", Map.of("topic", "deep-learning"))
			.headers()
			.firstValue("Location")
			.orElseThrow()
			.replaceFirst("^https?://[^/]+", "");
		user.submit(quiz, quiz + "/answers", Map.of("position", "0", "answer", "1"));
		HttpResponse<String> again = user.submit(quiz, quiz + "/answers", Map.of("position", "0", "answer", "2"));
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(user.get(quiz + "/answers/1").statusCode()).as("not answered yet").isEqualTo(404);
		assertThat(user.get(quiz).body()).contains("question <span>2</span> of <span>10</span>");
	}

	@Test
	void someoneElsesQuizIsNotFound() {
		SiteClient owner = signedInUser();
		String quiz = owner.submit("/practice/quiz", "/practice/quiz", Map.of("topic", ""))
			.headers()
			.firstValue("Location")
			.orElseThrow()
			.replaceFirst("^https?://[^/]+", "");
		assertThat(signedInUser().get(quiz).statusCode()).isEqualTo(404);
	}

	@Test
	void selfAssessmentShowsBothAnswersAndTicksBecomeAReviewGrade() {
		SiteClient user = signedInUser();
		String page = "/practice/questions/bias-and-variance/self-assessment";
		assertThat(user.get(page).body()).contains("id=\"own-answer\"");
		HttpResponse<String> compare = user.submit(page, page, Map.of("answer", "Bias is <systematic> error."));
		assertThat(compare.statusCode()).isEqualTo(200);
		assertThat(compare.body()).contains("Bias is &lt;systematic&gt; error.")
			.contains("id=\"model-answer\"")
			.contains("name=\"point\" value=\"4\"");

		String csrf = csrf(compare.body());
		HttpResponse<String> graded = user.post(page + "/grade", Map.of("point", "0", "_csrf", csrf));
		assertThat(graded.statusCode()).isEqualTo(302);
		assertThat(user.get("/practice/questions/bias-and-variance").body()).contains("id=\"reviewed\"")
			.contains("graded <span>Again</span>");
	}

	@Test
	void aDrillTimesARandomQuestionOfTheChosenKindAndItsGradeSchedulesTheReview() {
		String name = "learner" + System.nanoTime() % 1_000_000_000;
		SiteClient user = signedInUser(name);
		assertThat(user.get("/practice").body()).contains("href=\"/practice/drill\"");
		assertThat(user.get("/practice/drill").body()).contains("id=\"drill-setup\"").contains("value=\"case-study\"");

		String path = path(user.get("/practice/drill/next?kind=case-study&minutes=2"));
		Matcher drawn = Pattern.compile("/practice/drill/([a-z0-9-]+)\\?kind=case-study&minutes=2$").matcher(path);
		assertThat(drawn.find()).as(path).isTrue();
		String slug = drawn.group(1);
		assertThat(this.anonymous.json("GET", "/api/questions?kind=case-study", null, null).body())
			.contains("\"" + slug + "\"");
		assertThat(user.get(path).body()).contains("data-seconds=\"120\"")
			.contains("src=\"/js/drill.js\"")
			.contains("<input type=\"hidden\" name=\"kind\" value=\"case-study\">");

		HttpResponse<String> reveal = user.submit(path, "/practice/drill/" + slug,
				Map.of("answer", "Start from the <metric>.", "kind", "case-study", "minutes", "2"));
		assertThat(reveal.body()).contains("Start from the &lt;metric&gt;.")
			.contains("id=\"model-answer\"")
			.contains("name=\"point\" value=\"0\"");
		HttpResponse<String> graded = user.post("/practice/drill/" + slug + "/grade",
				Map.of("point", "0", "kind", "case-study", "minutes", "2", "_csrf", csrf(reveal.body())));
		String next = path(graded);
		assertThat(next).containsPattern("/practice/drill/[a-z0-9-]+\\?kind=case-study&minutes=2$");
		assertThat(user.get(next).body()).contains("id=\"reviewed\"").contains("graded <span>");
		assertThat(
				this.jdbc.queryForObject("select count(*) from review_cards where username = ? and question_slug = ?",
						Integer.class, name, slug))
			.isOne();
		assertThat(user.get("/practice/drill/next?minutes=7").statusCode()).isEqualTo(400);
		assertThat(user.get("/practice/drill/next?kind=coding").statusCode()).isEqualTo(400);
	}

	@Test
	void cardsPastTheirDueDateAreCountedOnHomeAndPracticeAndReviewedFirst() {
		String name = "learner" + System.nanoTime() % 1_000_000_000;
		SiteClient user = signedInUser(name);
		this.jdbc.update("insert into review_cards (username, question_slug, stability, difficulty, reviews, lapses, "
				+ "last_reviewed_at, due_at) values (?, 'gradient-descent', 2.3065, 2.1181, 1, 0, "
				+ "now() - interval '3 days', now() - interval '1 day')", name);
		assertThat(user.get("/").body()).contains("hx-get=\"/practice/due\"");
		assertThat(user.get("/practice/due").body()).contains("id=\"home-reviews-due\"").contains("1 review due");
		assertThat(user.get("/practice").body())
			.contains("<span class=\"badge text-bg-light\" id=\"due-total\"><span>1</span> due &middot;")
			.containsPattern("<span id=\"new-total\">[1-9][0-9]*</span> new");
		HttpResponse<String> review = user.get("/practice/review");
		assertThat(dataSlug(review.body())).isEqualTo("gradient-descent");
		assertThat(review.body()).contains("<span>1</span> due");
		assertThat(this.anonymous.get("/").body()).doesNotContain("/practice/due");
	}

	private SiteClient signedInUser() {
		return signedInUser("learner" + System.nanoTime() % 1_000_000_000);
	}

	private SiteClient signedInUser(String name) {
		SiteClient user = new SiteClient(this.port);
		user.submit("/register", "/register", Map.of("username", name, "password", PASSWORD, "confirmation", PASSWORD));
		user.signIn(name, PASSWORD);
		return user;
	}

	/** Where a redirect leads, as a path on the site. */
	private static String path(HttpResponse<String> redirect) {
		String location = redirect.headers().firstValue("Location").orElseThrow();
		return location.substring(location.indexOf("/practice/"));
	}

	private static String dataSlug(String html) {
		Matcher slug = Pattern.compile("data-slug=\"([^\"]+)\"").matcher(html);
		assertThat(slug.find()).as("a review card").isTrue();
		return slug.group(1);
	}

	private static String csrf(String html) {
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
		assertThat(csrf.find()).isTrue();
		return csrf.group(1);
	}

}
