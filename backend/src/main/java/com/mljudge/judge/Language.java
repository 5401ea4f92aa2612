package com.mljudge.judge;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages a solution can be written in. Java is always judged; Python only where
 * the Python runner is on the class path ({@link PythonRunner#find()}).
 */
public enum Language {

	JAVA, PYTHON;

	/**
	 * The spelling the API, the database and the pages use: {@code java}, {@code python}.
	 */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The name people read: Java, Python. */
	public String label() {
		return (this == JAVA) ? "Java" : "Python";
	}

	/** Why this server cannot judge the language, or null when it can. */
	public String offReason() {
		return (this == PYTHON) ? PythonRunner.offReason() : null;
	}

	/** The language spelled {@code id} (any case, surrounding blanks ignored). */
	public static Optional<Language> of(String id) {
		if (id == null) {
			return Optional.empty();
		}
		String wanted = id.strip();
		return Arrays.stream(values()).filter((l) -> l.id().equalsIgnoreCase(wanted)).findFirst();
	}

	/** Every language's id, for messages naming the allowed ones. */
	public static List<String> ids() {
		return Arrays.stream(values()).map(Language::id).toList();
	}

	/** The languages this server judges. */
	public static List<Language> judged() {
		return Arrays.stream(values()).filter((l) -> l.offReason() == null).toList();
	}

}
