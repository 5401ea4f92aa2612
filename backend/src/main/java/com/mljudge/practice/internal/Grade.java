package com.mljudge.practice.internal;

import java.util.Arrays;
import java.util.Locale;

import com.mljudge.refusals.Refusal;

/** How well a card was recalled; FSRS numbers them 1 to 4. */
enum Grade {

	AGAIN(1), HARD(2), GOOD(3), EASY(4);

	private final int rating;

	Grade(int rating) {
		this.rating = rating;
	}

	int rating() {
		return this.rating;
	}

	public String label() {
		return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
	}

	/**
	 * @throws Refusal naming the accepted grades
	 */
	static Grade parse(String text) {
		return Arrays.stream(values())
			.filter((grade) -> text != null && grade.name().equalsIgnoreCase(text.strip()))
			.findFirst()
			.orElseThrow(() -> Refusal.invalid("Unknown grade",
					"Unknown grade '" + text + "': expected one of again, hard, good, easy"));
	}

}
