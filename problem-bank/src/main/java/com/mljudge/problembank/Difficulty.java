package com.mljudge.problembank;

import java.util.Arrays;
import java.util.Optional;

/** How hard a problem is, as an interviewer would rate it. */
public enum Difficulty {

	EASY, MEDIUM, HARD;

	public String yamlName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	static Optional<Difficulty> fromYaml(String text) {
		return Arrays.stream(values()).filter((d) -> d.yamlName().equals(text)).findFirst();
	}

}
