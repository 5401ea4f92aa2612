package com.mljudge.problembank;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The optional {@code python:} section of problem.yaml and the {@code python/} folder it
 * describes: {@code python/solution.py} and the known-wrong {@code python/wrong/*.py},
 * each listed with its verdict as the Java ones are under {@code wrong:}.
 */
final class PythonReader {

	private static final Pattern WRONG_FILE = Pattern.compile("python/wrong/[a-z_][a-z0-9_]*\\.py");

	private final String slug;

	private final BiFunction<String, Boolean, String> files;

	private final Set<String> paths;

	private final Fields fields;

	private final Errors errors;

	PythonReader(String slug, BiFunction<String, Boolean, String> files, Set<String> paths, Fields fields,
			Errors errors) {
		this.slug = slug;
		this.files = files;
		this.paths = paths;
		this.fields = fields;
		this.errors = errors;
	}

	/**
	 * The solutions, or null when the problem has no Python section and no python/
	 * folder.
	 */
	PythonSolutions read() {
		boolean folder = this.paths.stream().anyMatch((p) -> p.startsWith("python/"));
		if (!this.fields.has("python") && !folder) {
			return null;
		}
		String solution = this.files.apply(PythonSolutions.SOLUTION_FILE, true);
		List<WrongSolution> wrong = wrongSolutions();
		reportUnlisted(wrong);
		return (solution == null) ? null : new PythonSolutions(solution, wrong);
	}

	private List<WrongSolution> wrongSolutions() {
		List<WrongSolution> wrong = new ArrayList<>();
		Fields python = this.fields.object("python", false, Set.of("wrong"));
		JsonNode list = (python == null) ? null : python.required("wrong");
		if (list == null) {
			return wrong;
		}
		if (!list.isArray() || list.size() == 0) {
			python.error("wrong", "expected a non-empty list of known-wrong Python solutions");
			return wrong;
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < list.size(); i++) {
			String path = "wrong[" + i + "]";
			if (!list.get(i).isObject()) {
				python.error(path, "expected a mapping with file, expected, why");
				continue;
			}
			Fields item = python.nested(list.get(i), path, Set.of("file", "expected", "why"));
			String file = item.text("file", true);
			String expectedText = item.text("expected", true);
			String why = item.text("why", true);
			ExpectedVerdict expected = null;
			if (expectedText != null) {
				try {
					expected = ExpectedVerdict.valueOf(expectedText);
				}
				catch (IllegalArgumentException ex) {
					item.error("expected",
							"expected one of " + List.of(ExpectedVerdict.values()) + ", got '" + expectedText + "'");
				}
			}
			String source = null;
			if (file != null && !WRONG_FILE.matcher(file).matches()) {
				item.error("file", "expected python/wrong/<snake_name>.py, got '" + file + "'");
			}
			else if (file != null && !seen.add(file)) {
				item.error("file", "'" + file + "' is listed twice");
			}
			else if (file != null) {
				source = this.files.apply(file, true);
			}
			if (source != null && expected != null && why != null) {
				wrong.add(new WrongSolution(file, source, expected, why));
			}
		}
		return wrong;
	}

	/**
	 * A file under python/wrong/ that the section does not list would never be checked:
	 * named here rather than as an unexpected file, since the fix is in problem.yaml.
	 */
	private void reportUnlisted(List<WrongSolution> listed) {
		Set<String> files = new HashSet<>();
		listed.forEach((w) -> files.add(w.file()));
		JsonNode list = this.fields.has("python") ? this.fields.raw("python").get("wrong") : null;
		for (int i = 0; list != null && list.isArray() && i < list.size(); i++) {
			JsonNode file = list.get(i).get("file");
			if (file != null && file.isString()) {
				files.add(file.stringValue());
			}
		}
		this.paths.stream()
			.filter((p) -> p.startsWith("python/wrong/") && p.endsWith(".py") && !files.contains(p))
			.sorted()
			.forEach((p) -> {
				this.files.apply(p, false);
				this.errors.add(this.slug + "/" + p, "not listed under python.wrong in problem.yaml");
			});
	}

}
