package com.mljudge.practice.internal;

import com.mljudge.problembank.QuizItem;

/**
 * Marks a quiz answer: a choice by its zero-based index, a number within the item's
 * tolerance.
 */
final class QuizGrading {

	/**
	 * Absorbs binary floating-point error, so that 0.3 counts for 0.1 + 0.2 with
	 * tolerance 0.
	 */
	private static final double ROUNDING_SLACK = 1e-9;

	private QuizGrading() {
	}

	static boolean isCorrect(QuizItem item, String given) {
		if (given == null || given.isBlank()) {
			return false;
		}
		if (item instanceof QuizItem.Choice choice) {
			return parseIndex(given) == choice.answer();
		}
		QuizItem.Number number = (QuizItem.Number) item;
		Double value = parseNumber(given);
		// A share asked as a fraction may be typed as a percentage: 99% means 0.99 there.
		if (value != null && given.strip().endsWith("%") && isFraction(number)) {
			value = value / 100;
		}
		return value != null && Math.abs(value - number.answer()) <= number.tolerance()
				+ ROUNDING_SLACK * Math.max(1, Math.abs(number.answer()));
	}

	/** The right answer as a person would read it. */
	static String expected(QuizItem item) {
		if (item instanceof QuizItem.Choice choice) {
			return choice.options().get(choice.answer());
		}
		QuizItem.Number number = (QuizItem.Number) item;
		return (number.tolerance() == 0) ? format(number.answer())
				: format(number.answer()) + " ± " + format(number.tolerance());
	}

	/**
	 * An answer between -1 and 1 that is not a whole number: a share or a probability.
	 */
	static boolean isFraction(QuizItem.Number number) {
		return Math.abs(number.answer()) <= 1 && number.answer() != Math.rint(number.answer());
	}

	private static int parseIndex(String given) {
		try {
			return Integer.parseInt(given.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/** Accepts "0.25", "1e-3", "1,000" and "25%"(as 25); null for anything else. */
	static Double parseNumber(String given) {
		String text = given.strip().replace(",", "").replace(" ", "");
		if (text.endsWith("%")) {
			text = text.substring(0, text.length() - 1);
		}
		try {
			double value = Double.parseDouble(text);
			return Double.isFinite(value) ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** Plain decimals, never Java's 1.0E-4. */
	static String format(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return String.valueOf((long) value);
		}
		return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
	}

}
