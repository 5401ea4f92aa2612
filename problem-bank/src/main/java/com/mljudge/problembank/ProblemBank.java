package com.mljudge.problembank;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All problems of the bank, validated. Load it with {@link #loadFromClasspath()} (the
 * folder {@code problems/} shipped in this module's jar) or
 * {@link #loadFromDirectory(Path)} (a checkout, for authors); {@link #validate(Path)}
 * lists the errors without throwing.
 */
public final class ProblemBank {

	private final Map<String, Problem> bySlug;

	/** Each problem's files as read, for exporting the bank in its own folder layout. */
	private final Map<String, Map<String, String>> folders;

	private ProblemBank(List<Problem> problems, Map<String, Map<String, String>> folders) {
		Map<String, Problem> bySlug = new LinkedHashMap<>();
		problems.forEach((problem) -> bySlug.put(problem.slug(), problem));
		this.bySlug = java.util.Collections.unmodifiableMap(bySlug);
		this.folders = folders;
	}

	/**
	 * @throws InvalidProblemBankException listing every error when any folder is invalid
	 */
	public static ProblemBank loadFromClasspath() {
		return load(BankFiles.fromClasspath(ProblemBank.class.getClassLoader()));
	}

	/**
	 * @throws InvalidProblemBankException listing every error when any folder is invalid
	 */
	public static ProblemBank loadFromDirectory(Path root) {
		return load(BankFiles.fromDirectory(root));
	}

	/** Every error of the bank at {@code root}, empty when it is valid. */
	public static List<String> validate(Path root) {
		Errors errors = new Errors();
		read(BankFiles.fromDirectory(root), errors);
		return errors.messages();
	}

	private static ProblemBank load(BankFiles files) {
		Errors errors = new Errors();
		List<Problem> problems = read(files, errors);
		if (!errors.isEmpty()) {
			throw new InvalidProblemBankException(errors.messages());
		}
		return new ProblemBank(problems, files.byFolder());
	}

	private static List<Problem> read(BankFiles files, Errors errors) {
		List<Problem> problems = new ArrayList<>();
		Map<String, Map<String, String>> folders = files.byFolder();
		folders.forEach((slug, folder) -> {
			Problem problem = new ProblemReader(slug, folder, errors, folders.keySet()).read();
			if (problem != null) {
				problems.add(problem);
			}
		});
		return problems;
	}

	/** Problems in slug order. */
	public List<Problem> problems() {
		return List.copyOf(this.bySlug.values());
	}

	public List<Problem> codingProblems() {
		return this.bySlug.values().stream().filter(Problem::isCoding).toList();
	}

	public Optional<Problem> find(String slug) {
		return Optional.ofNullable(this.bySlug.get(slug));
	}

	/**
	 * @throws IllegalArgumentException when no problem has that slug
	 */
	public Problem get(String slug) {
		return find(slug).orElseThrow(() -> new IllegalArgumentException("no problem '" + slug + "'"));
	}

	/**
	 * The files of one problem folder, keyed by their path inside it; empty when no
	 * problem has that slug. Files whose name starts with '.' are left out, as the loader
	 * ignores them.
	 */
	public Map<String, String> files(String slug) {
		Map<String, String> files = new java.util.TreeMap<>();
		if (this.bySlug.containsKey(slug)) {
			this.folders.getOrDefault(slug, Map.of()).forEach((path, text) -> {
				if (!path.substring(path.lastIndexOf('/') + 1).startsWith(".")) {
					files.put(path, text);
				}
			});
		}
		return java.util.Collections.unmodifiableMap(files);
	}

	public int size() {
		return this.bySlug.size();
	}

}
