package com.mljudge.problembank;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of a load instead of stopping at the first; each names its file
 * and field.
 */
final class Errors {

	private final List<String> messages = new ArrayList<>();

	void add(String file, String field, String message) {
		this.messages.add(file + ": " + (field.isEmpty() ? "" : field + ": ") + message);
	}

	void add(String file, String message) {
		add(file, "", message);
	}

	boolean isEmpty() {
		return this.messages.isEmpty();
	}

	int size() {
		return this.messages.size();
	}

	List<String> messages() {
		return List.copyOf(this.messages);
	}

}
