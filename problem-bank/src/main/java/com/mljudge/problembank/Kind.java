package com.mljudge.problembank;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What sort of item a problem folder holds; the YAML spelling is {@link #yamlName()}.
 * What differs between kinds is here: the {@link Part} a kind's folder holds beside the
 * common fields (code judged against tests, or a model answer in words), and how long its
 * model answer may be. Readers, forms, practice and boards ask the kind, so a new kind is
 * one constant.
 */
public enum Kind {

	CODING("coding", Part.CODE, 0), CONCEPTUAL("conceptual", Part.ANSWER, 400),
	CASE_STUDY("case-study", Part.ANSWER, 400), SYSTEM_DESIGN("system-design", Part.ANSWER, 600);

	/** What a problem holds beside the fields every kind has. */
	public enum Part {

		/**
		 * Code the judge runs against tests: starter, reference, tests and checker
		 * ({@link CodingPart}); submissions are judged and count on the boards.
		 */
		CODE,

		/**
		 * A model answer in words, its key points and a quiz ({@link ConceptualPart});
		 * practised with reviews and quizzes, never judged.
		 */
		ANSWER

	}

	private final String yamlName;

	private final Part part;

	private final int maxAnswerWords;

	Kind(String yamlName, Part part, int maxAnswerWords) {
		this.yamlName = yamlName;
		this.part = part;
		this.maxAnswerWords = maxAnswerWords;
	}

	public String yamlName() {
		return this.yamlName;
	}

	public Part part() {
		return this.part;
	}

	/** Whether submissions to problems of this kind are judged (and count on boards). */
	public boolean isJudged() {
		return this.part == Part.CODE;
	}

	/**
	 * The most words a model answer of this kind may have (none for code): a system
	 * design walks through more stages (clarifying questions to monitoring) than a
	 * conceptual answer.
	 */
	int maxAnswerWords() {
		return this.maxAnswerWords;
	}

	/** The kind a YAML spelling names, if any. */
	public static Optional<Kind> fromYaml(String text) {
		return Arrays.stream(values()).filter((k) -> k.yamlName.equals(text)).findFirst();
	}

	/** The YAML spellings of the kinds with {@code part}, in declaration order. */
	public static List<String> yamlNames(Part part) {
		return Arrays.stream(values()).filter((k) -> k.part == part).map(Kind::yamlName).toList();
	}

	/** Every YAML spelling, in declaration order. */
	public static List<String> yamlNames() {
		return Arrays.stream(values()).map(Kind::yamlName).toList();
	}

}
