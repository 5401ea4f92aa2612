package com.mljudge.authoring.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.mljudge.problembank.CheckerType;
import tools.jackson.core.JacksonException;

/**
 * The editor's form written as the problem folder's files ({@link ProblemFormReader}
 * reads them back). problem.yaml is written by hand, one field a line and every value as
 * JSON (a YAML flow value), so test arguments stay on one line as authors write them.
 */
final class FormFiles {

	private static final Pattern JAVA_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

	private FormFiles() {
	}

	/** The files, or the reasons the form cannot become files (then no files). */
	record Conversion(Map<String, String> files, List<String> errors) {

		boolean ok() {
			return this.errors.isEmpty();
		}

	}

	static Conversion toFiles(String slug, ProblemForm form) {
		List<String> errors = new ArrayList<>();
		Map<String, String> files = new TreeMap<>();
		StringBuilder yaml = new StringBuilder();
		line(yaml, "", "slug", FlowJson.string(slug));
		line(yaml, "", "kind", FlowJson.string(form.getKind()));
		line(yaml, "", "title", FlowJson.string(form.getTitle().strip()));
		line(yaml, "", "difficulty", FlowJson.string(form.getDifficulty()));
		line(yaml, "", "topics", stringList(commaList(form.getTopics())));
		if (!form.getSource().isBlank()) {
			line(yaml, "", "source", FlowJson.string(form.getSource().strip()));
		}
		put(files, "statement.md", form.getStatement());
		put(files, "explanation.md", form.getExplanation());
		if (form.isCoding()) {
			coding(form, yaml, files, errors);
		}
		else {
			conceptual(form, yaml, errors);
			put(files, "answer.md", form.getAnswer());
		}
		files.put("problem.yaml", yaml.toString());
		return new Conversion(errors.isEmpty() ? files : Map.of(), errors);
	}

	private static void coding(ProblemForm form, StringBuilder yaml, Map<String, String> files, List<String> errors) {
		if (!form.getCpuMillis().isBlank() || !form.getWallMillis().isBlank() || !form.getMemoryMb().isBlank()) {
			yaml.append("limits:\n");
			integer(yaml, "  ", "cpuMillisPerTest", form.getCpuMillis(), "CPU time per test", errors);
			integer(yaml, "  ", "wallMillisPerSubmission", form.getWallMillis(), "wall time per submission", errors);
			integer(yaml, "  ", "memoryMb", form.getMemoryMb(), "memory", errors);
		}
		String entryClass = form.getEntryClass().strip();
		yaml.append("entry:\n");
		line(yaml, "  ", "class", FlowJson.string(entryClass));
		line(yaml, "  ", "signature", FlowJson.string(form.getSignature().strip()));
		yaml.append("checker:\n");
		line(yaml, "  ", "type", FlowJson.string(form.getCheckerType()));
		CheckerType checker = CheckerType.named(form.getCheckerType()).orElse(null);
		for (CheckerType.Parameter parameter : (checker != null) ? checker.parameters()
				: List.<CheckerType.Parameter>of()) {
			String value = form.checkerParameter(parameter.name()).strip();
			if (parameter.kind() == CheckerType.ValueKind.NUMBER) {
				number(yaml, "  ", parameter.name(), value, "checker " + parameter.name(), errors);
			}
			else if (!value.isEmpty()) {
				line(yaml, "  ", parameter.name(), FlowJson.string(value));
			}
		}
		String checkerClass = form.getCheckerClass().strip();
		if (checker == CheckerType.CUSTOM && JAVA_NAME.matcher(checkerClass).matches()) {
			put(files, checkerClass + ".java", form.getCheckerSource());
		}
		hints(yaml, form);
		tests(yaml, form.getTests(), errors);
		wrong(yaml, files, form.getWrong(), errors);
		accepted(yaml, files, form.getAccepted(), errors);
		if (JAVA_NAME.matcher(entryClass).matches()) {
			put(files, "starter/" + entryClass + ".java", form.getStarter());
			put(files, "reference/" + entryClass + ".java", form.getReference());
		}
		else {
			errors.add("Entry class: '" + entryClass + "' is not a Java class name.");
		}
	}

	private static void tests(StringBuilder yaml, List<TestRow> tests, List<String> errors) {
		yaml.append("tests:");
		List<TestRow> rows = tests.stream().filter((t) -> !t.isBlank()).toList();
		yaml.append(rows.isEmpty() ? " []\n" : "\n");
		for (int i = 0; i < rows.size(); i++) {
			TestRow test = rows.get(i);
			String label = "Test " + (i + 1) + " (" + test.getName() + ")";
			yaml.append("  - name: ").append(FlowJson.string(test.getName().strip())).append('\n');
			if (test.isSample()) {
				yaml.append("    sample: true\n");
			}
			if (!test.getWeight().isBlank() && !test.getWeight().strip().equals("1")) {
				integer(yaml, "    ", "weight", test.getWeight(), label + " weight", errors);
			}
			if (!test.getGenerator().isBlank()) {
				StringBuilder generator = new StringBuilder(
						"{\"name\": " + FlowJson.string(test.getGenerator().strip()));
				if (!test.getSeed().isBlank()) {
					generator.append(", \"seed\": ").append(integerText(test.getSeed(), label + " seed", errors));
				}
				if (!test.getParams().isBlank()) {
					generator.append(", \"params\": ").append(json(test.getParams(), label + " params", errors));
				}
				line(yaml, "    ", "generator", generator.append('}').toString());
			}
			if (!test.getArgs().isBlank()) {
				line(yaml, "    ", "args", json(test.getArgs(), label + " arguments", errors));
			}
			if (!test.getTruth().isBlank()) {
				line(yaml, "    ", "truth", json(test.getTruth(), label + " truth", errors));
			}
		}
	}

	private static void wrong(StringBuilder yaml, Map<String, String> files, List<WrongRow> wrong,
			List<String> errors) {
		List<WrongRow> rows = wrong.stream().filter((w) -> !w.isBlank()).toList();
		yaml.append("wrong:").append(rows.isEmpty() ? " []\n" : "\n");
		for (WrongRow row : rows) {
			String name = row.getName().strip().replaceFirst("\\.java$", "");
			if (!JAVA_NAME.matcher(name).matches()) {
				errors.add("Wrong solution '" + name + "': the name must be a Java class name (it becomes wrong/"
						+ "<Name>.java).");
				continue;
			}
			yaml.append("  - file: ").append(FlowJson.string("wrong/" + name + ".java")).append('\n');
			line(yaml, "    ", "expected", FlowJson.string(row.getExpected()));
			line(yaml, "    ", "why", FlowJson.string(row.getWhy().strip()));
			put(files, "wrong/" + name + ".java", row.getSource());
		}
	}

	private static void accepted(StringBuilder yaml, Map<String, String> files, List<AcceptedRow> accepted,
			List<String> errors) {
		List<AcceptedRow> rows = accepted.stream().filter((a) -> !a.isBlank()).toList();
		if (rows.isEmpty()) {
			// Left out rather than an empty list, so validation says it is required.
			return;
		}
		yaml.append("accepted:\n");
		for (AcceptedRow row : rows) {
			String name = row.getName().strip().replaceFirst("\\.java$", "");
			if (!JAVA_NAME.matcher(name).matches()) {
				errors.add("Accepted solution '" + name
						+ "': the name must be a Java class name (it becomes accepted/<Name>.java).");
				continue;
			}
			yaml.append("  - file: ").append(FlowJson.string("accepted/" + name + ".java")).append('\n');
			line(yaml, "    ", "why", FlowJson.string(row.getWhy().strip()));
			put(files, "accepted/" + name + ".java", row.getSource());
		}
	}

	private static void conceptual(ProblemForm form, StringBuilder yaml, List<String> errors) {
		line(yaml, "", "related", stringList(commaList(form.getRelated())));
		line(yaml, "", "keyPoints", stringList(lines(form.getKeyPoints())));
		List<QuizRow> rows = form.getQuiz().stream().filter((q) -> !q.isBlank()).toList();
		yaml.append("quiz:").append(rows.isEmpty() ? " []\n" : "\n");
		for (int i = 0; i < rows.size(); i++) {
			QuizRow item = rows.get(i);
			String label = "Quiz item " + (i + 1);
			yaml.append("  - type: ").append(FlowJson.string(item.getType())).append('\n');
			line(yaml, "    ", "question", FlowJson.string(item.getQuestion().strip()));
			if ("choice".equals(item.getType())) {
				line(yaml, "    ", "options", stringList(lines(item.getOptions())));
				line(yaml, "    ", "answer", integerText(item.getAnswer(), label + " answer (option index)", errors));
			}
			else {
				number(yaml, "    ", "answer", item.getAnswer(), label + " answer", errors);
				number(yaml, "    ", "tolerance", item.getTolerance(), label + " tolerance", errors);
			}
			line(yaml, "    ", "explanation", FlowJson.string(item.getExplanation().strip()));
		}
		hints(yaml, form);
	}

	private static void hints(StringBuilder yaml, ProblemForm form) {
		List<String> hints = lines(form.getHints());
		if (form.isCoding() || !hints.isEmpty()) {
			yaml.append("hints:").append(hints.isEmpty() ? " []\n" : "\n");
			hints.forEach((h) -> yaml.append("  - ").append(FlowJson.string(h)).append('\n'));
		}
	}

	private static void line(StringBuilder yaml, String indent, String key, String value) {
		yaml.append(indent).append(key).append(": ").append(value).append('\n');
	}

	private static void put(Map<String, String> files, String path, String text) {
		if (text != null && !text.isBlank()) {
			files.put(path, text.replace("\r\n", "\n"));
		}
	}

	private static void integer(StringBuilder yaml, String indent, String key, String value, String label,
			List<String> errors) {
		if (!value.isBlank()) {
			line(yaml, indent, key, integerText(value, label, errors));
		}
	}

	private static String integerText(String value, String label, List<String> errors) {
		try {
			return Long.toString(Long.parseLong(value.strip()));
		}
		catch (NumberFormatException ex) {
			errors.add(label + ": expected a whole number, got '" + value.strip() + "'.");
			return "0";
		}
	}

	private static void number(StringBuilder yaml, String indent, String key, String value, String label,
			List<String> errors) {
		if (value.isBlank()) {
			return;
		}
		try {
			line(yaml, indent, key, FlowJson.number(Double.parseDouble(value.strip())));
		}
		catch (NumberFormatException ex) {
			errors.add(label + ": expected a number, got '" + value.strip() + "'.");
		}
	}

	private static String json(String text, String label, List<String> errors) {
		try {
			return FlowJson.write(FlowJson.parse(text));
		}
		catch (JacksonException ex) {
			errors.add(label + ": not valid JSON (" + ex.getOriginalMessage() + ").");
			return "null";
		}
	}

	private static String stringList(List<String> values) {
		return values.stream().map(FlowJson::string).collect(java.util.stream.Collectors.joining(", ", "[", "]"));
	}

	private static List<String> commaList(String text) {
		return Arrays.stream(text.split(",")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	private static List<String> lines(String text) {
		return text.lines().map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

}
