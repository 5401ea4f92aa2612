package com.mljudge.problembank;

import java.util.List;

/** A drill question attached to a conceptual item. */
public sealed interface QuizItem {

	String question();

	String explanation();

	/** Pick one option; {@code answer} is the zero-based index of the right one. */
	record Choice(String question, List<String> options, int answer, String explanation) implements QuizItem {

		public Choice {
			options = List.copyOf(options);
		}

	}

	/** Type a number; right when {@code |given - answer| <= tolerance}. */
	record Number(String question, double answer, double tolerance, String explanation) implements QuizItem {
	}

}
