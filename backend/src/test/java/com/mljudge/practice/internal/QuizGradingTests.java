package com.mljudge.practice.internal;

import java.util.List;

import com.mljudge.problembank.QuizItem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuizGradingTests {

	private final QuizItem.Choice choice = new QuizItem.Choice("Which?", List.of("a", "b", "c"), 1, "b it is");

	private final QuizItem.Number exact = new QuizItem.Number("Sum?", 8, 0, "4 + 3 + 1");

	private final QuizItem.Number approximate = new QuizItem.Number("AUC?", 0.75, 0.01, "area");

	@Test
	void choiceIsRightOnlyForTheAnswersIndex() {
		assertThat(QuizGrading.isCorrect(this.choice, "1")).isTrue();
		assertThat(QuizGrading.isCorrect(this.choice, " 1 ")).isTrue();
		assertThat(QuizGrading.isCorrect(this.choice, "0")).isFalse();
		assertThat(QuizGrading.isCorrect(this.choice, "2")).isFalse();
		assertThat(QuizGrading.isCorrect(this.choice, "b")).as("the option's text is not its index").isFalse();
		assertThat(QuizGrading.isCorrect(this.choice, "")).isFalse();
		assertThat(QuizGrading.isCorrect(this.choice, null)).isFalse();
	}

	@Test
	void aShareAskedAsAFractionMayBeTypedAsAPercentage() {
		QuizItem.Number share = new QuizItem.Number("Share?", 0.99, 0.001, "most of it");
		assertThat(QuizGrading.isCorrect(share, "99%")).isTrue();
		assertThat(QuizGrading.isCorrect(share, "0.99")).isTrue();
		assertThat(QuizGrading.isCorrect(share, "99")).as("99 without % is not a share").isFalse();
		assertThat(QuizGrading.isCorrect(this.exact, "8%")).as("a whole-number answer is not a share").isTrue();
	}

	@Test
	void answersReadAsPlainDecimals() {
		assertThat(QuizGrading.format(1e-4)).isEqualTo("0.0001");
		assertThat(QuizGrading.format(0.75)).isEqualTo("0.75");
		assertThat(QuizGrading.format(8)).isEqualTo("8");
		assertThat(QuizGrading.expected(new QuizItem.Number("Rate?", 1e-4, 1e-5, "small")))
			.isEqualTo("0.0001 ± 0.00001");
	}

	@Test
	void powersInOptionsBecomeSuperscripts() {
		assertThat(QuizText.html("X^T X")).isEqualTo("X<sup>T</sup> X");
		assertThat(QuizText.html("bias^2 + variance")).isEqualTo("bias<sup>2</sup> + variance");
		assertThat(QuizText.html("e^{-x}")).isEqualTo("e<sup>-x</sup>");
		assertThat(QuizText.html("<b> & 1")).isEqualTo("&lt;b&gt; &amp; 1");
	}

	@Test
	void numberIsRightWithinToleranceInclusive() {
		assertThat(QuizGrading.isCorrect(this.approximate, "0.75")).isTrue();
		assertThat(QuizGrading.isCorrect(this.approximate, "0.76")).isTrue();
		assertThat(QuizGrading.isCorrect(this.approximate, "0.74")).isTrue();
		assertThat(QuizGrading.isCorrect(this.approximate, "0.7601")).isFalse();
		assertThat(QuizGrading.isCorrect(this.approximate, "7.5e-1")).isTrue();
	}

	@Test
	void zeroToleranceStillForgivesFloatingPointRounding() {
		assertThat(QuizGrading.isCorrect(this.exact, "8")).isTrue();
		assertThat(QuizGrading.isCorrect(this.exact, "8.0")).isTrue();
		assertThat(QuizGrading.isCorrect(this.exact, "8.001")).isFalse();
		QuizItem.Number tenth = new QuizItem.Number("0.1 + 0.2?", 0.1 + 0.2, 0, "sum");
		assertThat(QuizGrading.isCorrect(tenth, "0.3")).isTrue();
	}

	@Test
	void numbersAcceptThousandsSeparatorsAndPercentSignsButNotWords() {
		assertThat(QuizGrading.parseNumber("1,000")).isEqualTo(1000.0);
		assertThat(QuizGrading.parseNumber("25%")).isEqualTo(25.0);
		assertThat(QuizGrading.parseNumber("- 3")).isEqualTo(-3.0);
		assertThat(QuizGrading.parseNumber("eight")).isNull();
		assertThat(QuizGrading.parseNumber("NaN")).isNull();
		assertThat(QuizGrading.isCorrect(this.exact, "eight")).isFalse();
	}

	@Test
	void expectedAnswerReadsAsAPersonWouldSayIt() {
		assertThat(QuizGrading.expected(this.choice)).isEqualTo("b");
		assertThat(QuizGrading.expected(this.exact)).isEqualTo("8");
		assertThat(QuizGrading.expected(this.approximate)).isEqualTo("0.75 ± 0.01");
	}

	@Test
	void topicsReadAsWordsWithAcronymsInCapitals() {
		assertThat(Question.topicLabel("deep-learning")).isEqualTo("Deep learning");
		assertThat(Question.topicLabel("classical-ml")).isEqualTo("Classical ML");
		assertThat(Question.topicLabel("nlp")).isEqualTo("NLP");
	}

	@Test
	void selfAssessmentTicksBecomeAGrade() {
		assertThat(SelfAssessment.grade(5, 5)).isEqualTo(Grade.EASY);
		assertThat(SelfAssessment.grade(3, 5)).isEqualTo(Grade.GOOD);
		assertThat(SelfAssessment.grade(2, 5)).isEqualTo(Grade.HARD);
		assertThat(SelfAssessment.grade(1, 5)).isEqualTo(Grade.AGAIN);
		assertThat(SelfAssessment.grade(0, 3)).isEqualTo(Grade.AGAIN);
		assertThat(SelfAssessment.grade(1, 3)).isEqualTo(Grade.HARD);
		assertThat(SelfAssessment.grade(2, 3)).isEqualTo(Grade.GOOD);
		assertThat(SelfAssessment.grade(9, 3)).as("extra ticks count once").isEqualTo(Grade.EASY);
	}

}
