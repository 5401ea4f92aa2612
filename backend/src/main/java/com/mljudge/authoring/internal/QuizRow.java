package com.mljudge.authoring.internal;

/**
 * A quiz item: multiple choice (options one per line, answer a zero-based index) or a
 * number.
 */
public class QuizRow {

	private String type = "choice";

	private String question = "";

	private String options = "";

	private String answer = "";

	private String tolerance = "";

	private String explanation = "";

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getQuestion() {
		return this.question;
	}

	public void setQuestion(String question) {
		this.question = question;
	}

	public String getOptions() {
		return this.options;
	}

	public void setOptions(String options) {
		this.options = options;
	}

	public String getAnswer() {
		return this.answer;
	}

	public void setAnswer(String answer) {
		this.answer = answer;
	}

	public String getTolerance() {
		return this.tolerance;
	}

	public void setTolerance(String tolerance) {
		this.tolerance = tolerance;
	}

	public String getExplanation() {
		return this.explanation;
	}

	public void setExplanation(String explanation) {
		this.explanation = explanation;
	}

	boolean isBlank() {
		return this.question.isBlank() && this.options.isBlank() && this.answer.isBlank();
	}

}
