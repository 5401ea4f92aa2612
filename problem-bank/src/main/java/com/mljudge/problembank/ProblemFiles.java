package com.mljudge.problembank;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One problem folder held as text files keyed by their path inside the folder
 * ("problem.yaml", "wrong/Slow.java"), as authors edit it in the browser and archives
 * carry it. Reading it runs the same validation as loading the bank, but lists the errors
 * instead of throwing.
 */
public final class ProblemFiles {

	private ProblemFiles() {
	}

	/**
	 * The problem when its files are valid, else null; and every error found, each naming
	 * file and field.
	 */
	public record Reading(Problem problem, List<String> errors) {

		public Reading {
			errors = List.copyOf(errors);
		}

		public boolean valid() {
			return this.problem != null && this.errors.isEmpty();
		}

	}

	/**
	 * Reads one folder. {@code knownSlugs} are the problems a {@code related:} entry may
	 * name (the folder's own slug is added).
	 */
	public static Reading read(String slug, Map<String, String> files, Set<String> knownSlugs) {
		Errors errors = new Errors();
		Set<String> slugs = new java.util.HashSet<>(knownSlugs);
		slugs.add(slug);
		Problem problem = new ProblemReader(slug, new TreeMap<>(files), errors, slugs).read();
		return new Reading(errors.isEmpty() ? problem : null, errors.messages());
	}

	/**
	 * True for a name the loader accepts as a folder name: lower-case words joined by
	 * '-'.
	 */
	public static boolean isSlug(String slug) {
		return slug != null && ProblemReader.SLUG.matcher(slug).matches();
	}

	/**
	 * problem.yaml as a tree, the way the loader reads it (bare {@code .nan} in flow
	 * lists included).
	 * @throws tools.jackson.core.JacksonException when it is not valid YAML
	 */
	public static tools.jackson.databind.JsonNode readYaml(String yaml) {
		return ProblemReader.readYaml(yaml);
	}

	/** A file map in path order, as archives and exports write it. */
	public static Map<String, String> sorted(Map<String, String> files) {
		return java.util.Collections.unmodifiableMap(new TreeMap<>(files));
	}

}
