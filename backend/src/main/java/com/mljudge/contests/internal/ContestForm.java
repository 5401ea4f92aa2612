package com.mljudge.contests.internal;

import java.util.List;
import java.util.Map;

/**
 * The admin form as posted: every field as text, so a mistyped number comes back as a
 * field message rather than a binding error.
 */
class ContestForm {

	private String slug = "";

	private String title = "";

	private String description = "";

	private String startsAt = "";

	private String endsAt = "";

	private String scoring = Scoring.ICPC.name();

	private String freezeMinutes = "0";

	private String publicPercent = String.valueOf(ContestValidation.DEFAULT_PUBLIC_PERCENT);

	private String problems = "";

	static ContestForm of(ContestRequest request) {
		ContestForm form = new ContestForm();
		form.slug = request.slug();
		form.title = request.title();
		form.description = request.description();
		form.startsAt = request.startsAt();
		form.endsAt = request.endsAt();
		form.scoring = request.scoring();
		form.freezeMinutes = String.valueOf(request.freezeMinutes());
		form.publicPercent = String.valueOf(request.publicPercent());
		form.problems = request.problemList();
		return form;
	}

	/**
	 * @throws InvalidContestException naming a field that is not a whole number
	 */
	ContestRequest toRequest() {
		return new ContestRequest(this.slug, this.title, this.description, this.startsAt, this.endsAt, this.scoring,
				number(this.freezeMinutes, "freezeMinutes", "The freeze"),
				number(this.publicPercent, "publicPercent", "The public share"), List.of(this.problems));
	}

	private static Integer number(String text, String field, String what) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidContestException(Map.of(field, what + " is a whole number."));
		}
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getStartsAt() {
		return this.startsAt;
	}

	public void setStartsAt(String startsAt) {
		this.startsAt = startsAt;
	}

	public String getEndsAt() {
		return this.endsAt;
	}

	public void setEndsAt(String endsAt) {
		this.endsAt = endsAt;
	}

	public String getScoring() {
		return this.scoring;
	}

	public void setScoring(String scoring) {
		this.scoring = scoring;
	}

	public String getFreezeMinutes() {
		return this.freezeMinutes;
	}

	public void setFreezeMinutes(String freezeMinutes) {
		this.freezeMinutes = freezeMinutes;
	}

	public String getPublicPercent() {
		return this.publicPercent;
	}

	public void setPublicPercent(String publicPercent) {
		this.publicPercent = publicPercent;
	}

	public String getProblems() {
		return this.problems;
	}

	public void setProblems(String problems) {
		this.problems = problems;
	}

}
