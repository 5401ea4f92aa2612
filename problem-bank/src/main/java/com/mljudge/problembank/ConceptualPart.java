package com.mljudge.problembank;

import java.util.List;

/**
 * What conceptual, case-study and system-design items have: a model answer, its rubric
 * and a quiz.
 */
public record ConceptualPart(String answer, List<String> keyPoints, List<QuizItem> quiz, List<String> related) {

	public ConceptualPart {
		keyPoints = List.copyOf(keyPoints);
		quiz = List.copyOf(quiz);
		related = List.copyOf(related);
	}

}
