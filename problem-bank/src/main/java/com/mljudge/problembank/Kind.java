package com.mljudge.problembank;

import java.util.Arrays;
import java.util.Optional;

/** What sort of item a problem folder holds; the YAML spelling is {@link #yamlName()}. */
public enum Kind {

	CODING("coding"), CONCEPTUAL("conceptual"), CASE_STUDY("case-study"), SYSTEM_DESIGN("system-design");

	private final String yamlName;

	Kind(String yamlName) {
		this.yamlName = yamlName;
	}

	public String yamlName() {
		return this.yamlName;
	}

	static Optional<Kind> fromYaml(String text) {
		return Arrays.stream(values()).filter((k) -> k.yamlName.equals(text)).findFirst();
	}

}
