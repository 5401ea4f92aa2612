package com.mljudge.practice.internal;

import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;

import com.mljudge.problembank.Kind;
import com.mljudge.problembank.ProblemBank;
import com.mljudge.problembank.QuizItem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every practice item of the shipped bank renders, and every quiz item has exactly one
 * right answer.
 */
class QuestionBankContentTests {

	private static final QuestionBank BANK = new QuestionBank(ProblemBank.loadFromClasspath());

	@Test
	void holdsTheConceptualCaseStudyAndSystemDesignItemsButNoCodingProblems() {
		List<Question> all = BANK.all();
		assertThat(all).hasSizeGreaterThanOrEqualTo(84);
		assertThat(all).extracting(Question::kind).doesNotContain(Kind.CODING);
		assertThat(BANK.filter(null, Kind.CASE_STUDY)).hasSizeGreaterThanOrEqualTo(14);
		assertThat(BANK.filter(null, Kind.SYSTEM_DESIGN)).hasSizeGreaterThanOrEqualTo(10);
		assertThat(BANK.find("bias-and-variance")).isPresent();
		assertThat(BANK.find("kmeans")).isEmpty();
	}

	@Test
	void everyItemsMarkdownRendersToHtmlWithMathKeptAndNoRawHtml() {
		for (Question question : BANK.all()) {
			assertThat(question.statementHtml()).as(question.slug()).startsWith("<").doesNotContain("MLJMATH");
			if (question.answerMarkdown() != null) {
				String html = question.answerHtml();
				assertThat(html).as(question.slug())
					.contains("<p>")
					.doesNotContain("MLJMATH")
					.doesNotContain("<script");
				assertThat(count(html, '$')).as(question.slug() + " keeps its math")
					.isEqualTo(count(question.answerMarkdown(), '$'));
				if (question.answerMarkdown().contains("|---")) {
					assertThat(html).as(question.slug() + " table").contains("<table>");
				}
			}
			assertThat(question.keyPoints()).as(question.slug()).hasSizeBetween(3, 7);
		}
	}

	@Test
	void everyChoiceQuizHasExactlyOneCorrectOption() {
		for (Question question : BANK.all()) {
			for (QuizItem item : question.quiz()) {
				if (item instanceof QuizItem.Choice choice) {
					assertThat(new HashSet<>(choice.options())).as(question.slug() + ": options are distinct")
						.hasSameSizeAs(choice.options());
					long right = IntStream.range(0, choice.options().size())
						.filter((i) -> QuizGrading.isCorrect(choice, String.valueOf(i)))
						.count();
					assertThat(right).as(question.slug() + ": " + choice.question()).isEqualTo(1);
				}
			}
		}
	}

	@Test
	void everyNumericQuizAcceptsItsAnswerWithinToleranceAndRejectsFarOff() {
		for (Question question : BANK.all()) {
			assertThat(question.quiz()).as(question.slug()).hasSizeBetween(2, 4);
			for (QuizItem item : question.quiz()) {
				assertThat(item.explanation()).as(question.slug()).isNotBlank();
				if (item instanceof QuizItem.Number number) {
					assertThat(number.tolerance()).as(question.slug()).isGreaterThanOrEqualTo(0);
					assertThat(QuizGrading.isCorrect(number, String.valueOf(number.answer()))).isTrue();
					double off = number.answer() + 2 * number.tolerance() + Math.max(1, Math.abs(number.answer()));
					assertThat(QuizGrading.isCorrect(number, String.valueOf(off))).as(question.slug()).isFalse();
				}
			}
		}
	}

	@Test
	void quizPoolsCoverEveryTopicAndMixed() {
		assertThat(BANK.quizPool(null)).hasSizeGreaterThan(Quizzes.SIZE * 10);
		for (String topic : BANK.topics()) {
			assertThat(BANK.quizPool(topic)).as(topic).isNotEmpty();
		}
	}

	private static long count(String text, char c) {
		return text.chars().filter((ch) -> ch == c).count();
	}

}
