package com.mljudge.authoring.internal;

import java.util.Map;
import java.util.Objects;

import com.mljudge.problembank.ProblemFiles;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Whether two versions of a problem may judge the same source differently: their tests,
 * checker, limits, entry point, reference or checker source differ. Statement, hints and
 * wrong solutions do not change a verdict, so changing only those offers no rejudge.
 */
final class JudgingChange {

	private JudgingChange() {
	}

	static boolean between(Map<String, String> before, Map<String, String> after) {
		JsonNode a = yaml(before);
		JsonNode b = yaml(after);
		if (a == null || b == null) {
			return true;
		}
		for (String field : new String[] { "tests", "checker", "limits", "entry" }) {
			if (!Objects.equals(a.get(field), b.get(field))) {
				return true;
			}
		}
		String checkerClass = b.path("checker").path("class").asString("");
		return !Objects.equals(reference(before), reference(after))
				|| !Objects.equals(before.get(checkerClass + ".java"), after.get(checkerClass + ".java"));
	}

	private static String reference(Map<String, String> files) {
		return files.entrySet()
			.stream()
			.filter((e) -> e.getKey().startsWith("reference/"))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	private static JsonNode yaml(Map<String, String> files) {
		try {
			return ProblemFiles.readYaml(files.getOrDefault("problem.yaml", ""));
		}
		catch (JacksonException ex) {
			return null;
		}
	}

}
