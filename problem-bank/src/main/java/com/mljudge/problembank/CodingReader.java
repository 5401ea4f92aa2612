package com.mljudge.problembank;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The part of problem.yaml only coding problems have: entry, checker, limits, tests,
 * wrong solutions.
 */
final class CodingReader {

	private static final Pattern JAVA_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

	private static final Pattern WRONG_FILE = Pattern.compile("wrong/[A-Za-z_$][A-Za-z0-9_$]*\\.java");

	private static final Pattern ACCEPTED_FILE = Pattern.compile("accepted/[A-Za-z_$][A-Za-z0-9_$]*\\.java");

	private final String slug;

	private final BiFunction<String, Boolean, String> files;

	private final Fields fields;

	private final Errors errors;

	/** Every path of the folder, to find Python files the section does not list. */
	private final Set<String> paths;

	CodingReader(String slug, BiFunction<String, Boolean, String> files, Set<String> paths, Fields fields,
			Errors errors) {
		this.slug = slug;
		this.files = files;
		this.paths = paths;
		this.fields = fields;
		this.errors = errors;
	}

	CodingPart read() {
		Fields entry = this.fields.object("entry", true, Set.of("class", "signature"));
		String entryClass = (entry == null) ? null : entry.text("class", true);
		if (entryClass != null && !JAVA_NAME.matcher(entryClass).matches()) {
			entry.error("class", "'" + entryClass + "' is not a Java class name");
			entryClass = null;
		}
		Signature signature = null;
		String signatureText = (entry == null) ? null : entry.text("signature", true);
		if (signatureText != null) {
			try {
				signature = Signature.parse(signatureText);
			}
			catch (IllegalArgumentException ex) {
				entry.error("signature", ex.getMessage());
			}
		}
		ProblemLimits limits = limits();
		CheckerSpec checker = checker(signature);
		String checkerSource = null;
		if (checker != null && checker.type().equals("custom")) {
			checkerSource = this.files.apply(checker.params().get("class") + ".java", true);
		}
		String starter = null;
		String reference = null;
		if (entryClass != null) {
			starter = source("starter/" + entryClass + ".java", entryClass, signature);
			reference = source("reference/" + entryClass + ".java", entryClass, signature);
		}
		List<TestSpec> tests = new TestReader(this.fields, signature, checker).read();
		List<WrongSolution> wrong = wrongSolutions(entryClass, signature);
		List<AcceptedSolution> accepted = acceptedSolutions(entryClass, signature);
		PythonSolutions python = new PythonReader(this.slug, this.files, this.paths, this.fields, this.errors).read();
		return new CodingPart(entryClass, signature, checker, limits, tests, starter, reference, wrong, accepted,
				checkerSource, python);
	}

	private ProblemLimits limits() {
		Fields limits = this.fields.object("limits", false,
				Set.of("cpuMillisPerTest", "wallMillisPerSubmission", "memoryMb"));
		if (limits == null) {
			return ProblemLimits.DEFAULTS;
		}
		Long memory = limits.integer("memoryMb", false, 1);
		return new ProblemLimits(limits.integer("cpuMillisPerTest", false, 1),
				limits.integer("wallMillisPerSubmission", false, 1), (memory == null) ? null : memory.intValue());
	}

	private CheckerSpec checker(Signature signature) {
		JsonNode node = this.fields.required("checker");
		if (node == null) {
			return null;
		}
		if (!node.isObject() || node.get("type") == null || !node.get("type").isString()) {
			this.fields.error("checker", "expected a mapping with a type: " + CheckerType.fileNames());
			return null;
		}
		String name = node.get("type").stringValue();
		CheckerType type = CheckerType.named(name).filter((t) -> t.fileName().equals(name)).orElse(null);
		if (type == null) {
			this.fields.error("checker.type", "expected " + CheckerType.fileNames() + ", got '" + name + "'");
			return null;
		}
		Set<String> allowed = new LinkedHashSet<>();
		allowed.add("type");
		type.parameters().forEach((p) -> allowed.add(p.name()));
		Fields checker = this.fields.object("checker", true, allowed);
		Map<String, Object> params = new LinkedHashMap<>();
		for (CheckerType.Parameter parameter : type.parameters()) {
			Object value = value(checker, parameter);
			if (value != null) {
				params.put(parameter.name(), value);
			}
		}
		String refused = (signature != null) ? type.refusedReturn(signature.returnType()) : null;
		if (refused != null) {
			this.fields.error("checker.type", type.fileName() + " needs a return type of " + refused + ", got "
					+ signature.returnType().getSimpleName());
		}
		return new CheckerSpec(type.fileName(), params);
	}

	private static Object value(Fields checker, CheckerType.Parameter parameter) {
		String key = parameter.name();
		return switch (parameter.kind()) {
			case NUMBER -> checker.number(key, parameter.required(), 0);
			case CHOICE -> {
				String choice = checker.text(key, parameter.required());
				if (choice != null && !parameter.choices().contains(choice)) {
					checker.error(key,
							"expected " + String.join(" | ", parameter.choices()) + ", got '" + choice + "'");
					yield null;
				}
				yield choice;
			}
			case CLASS_NAME -> {
				String className = checker.text(key, parameter.required());
				if (className != null && !JAVA_NAME.matcher(className).matches()) {
					checker.error(key, "'" + className + "' is not a Java class name");
					yield null;
				}
				yield className;
			}
		};
	}

	private String source(String path, String entryClass, Signature signature) {
		String source = this.files.apply(path, true);
		if (source != null
				&& !Pattern.compile("\\bclass\\s+" + Pattern.quote(entryClass) + "\\b").matcher(source).find()) {
			this.errors.add(this.slug + "/" + path, "does not declare class " + entryClass);
		}
		if (source != null && signature != null
				&& !Pattern.compile("\\bstatic\\b[^;{(]*\\b" + Pattern.quote(signature.methodName()) + "\\s*\\(")
					.matcher(source)
					.find()) {
			this.errors.add(this.slug + "/" + path, "does not declare static method " + signature.methodName());
		}
		return source;
	}

	private List<WrongSolution> wrongSolutions(String entryClass, Signature signature) {
		JsonNode list = this.fields.required("wrong");
		List<WrongSolution> wrong = new ArrayList<>();
		if (list == null) {
			return wrong;
		}
		if (!list.isArray() || list.size() == 0) {
			this.fields.error("wrong", "expected a non-empty list of known-wrong solutions");
			return wrong;
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < list.size(); i++) {
			String path = "wrong[" + i + "]";
			if (!list.get(i).isObject()) {
				this.fields.error(path, "expected a mapping with file, expected, why");
				continue;
			}
			Fields item = this.fields.nested(list.get(i), path, Set.of("file", "expected", "why"));
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
				item.error("file", "expected wrong/<Name>.java, got '" + file + "'");
			}
			else if (file != null && !seen.add(file)) {
				item.error("file", "'" + file + "' is listed twice");
			}
			else if (file != null && entryClass != null) {
				source = source(file, entryClass, (expected == ExpectedVerdict.COMPILE_ERROR) ? null : signature);
			}
			if (file != null && source != null && expected != null && why != null) {
				wrong.add(new WrongSolution(file, source, expected, why));
			}
		}
		return wrong;
	}

	/**
	 * Slow but acceptable solutions written the way candidates write Java (boxed
	 * collections, streams, sorting): the limits must leave room for them, so the
	 * self-check requires each to be accepted.
	 */
	private List<AcceptedSolution> acceptedSolutions(String entryClass, Signature signature) {
		JsonNode list = this.fields.required("accepted");
		List<AcceptedSolution> accepted = new ArrayList<>();
		if (list == null) {
			return accepted;
		}
		if (!list.isArray() || list.size() == 0) {
			this.fields.error("accepted", "expected a non-empty list of slow but acceptable solutions");
			return accepted;
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < list.size(); i++) {
			String path = "accepted[" + i + "]";
			if (!list.get(i).isObject()) {
				this.fields.error(path, "expected a mapping with file, why");
				continue;
			}
			Fields item = this.fields.nested(list.get(i), path, Set.of("file", "why"));
			String file = item.text("file", true);
			String why = item.text("why", true);
			String source = null;
			if (file != null && !ACCEPTED_FILE.matcher(file).matches()) {
				item.error("file", "expected accepted/<Name>.java, got '" + file + "'");
			}
			else if (file != null && !seen.add(file)) {
				item.error("file", "'" + file + "' is listed twice");
			}
			else if (file != null && entryClass != null) {
				source = source(file, entryClass, signature);
			}
			if (source != null && why != null) {
				accepted.add(new AcceptedSolution(file, source, why));
			}
		}
		return accepted;
	}

}
