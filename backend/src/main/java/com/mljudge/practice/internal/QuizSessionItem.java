package com.mljudge.practice.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One quiz item of a session, named by its question and its index in that question's
 * quiz.
 */
@Embeddable
class QuizSessionItem {

	@Column(name = "question_slug", nullable = false, length = 100)
	private String questionSlug;

	@Column(name = "item_index", nullable = false)
	private int itemIndex;

	@Column(length = 100)
	private String given;

	@Column
	private Boolean correct;

	protected QuizSessionItem() {
	}

	QuizSessionItem(String questionSlug, int itemIndex) {
		this.questionSlug = questionSlug;
		this.itemIndex = itemIndex;
	}

	void answer(String given, boolean correct) {
		this.given = given;
		this.correct = correct;
	}

	public String getQuestionSlug() {
		return this.questionSlug;
	}

	public int getItemIndex() {
		return this.itemIndex;
	}

	public String getGiven() {
		return this.given;
	}

	public Boolean getCorrect() {
		return this.correct;
	}

}
