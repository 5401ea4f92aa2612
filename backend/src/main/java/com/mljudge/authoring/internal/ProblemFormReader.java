package com.mljudge.authoring.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mljudge.problembank.ProblemFiles;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the editor's form from a problem folder's files, the other way from
 * {@link FormFiles}.
 */
final class ProblemFormReader {

	private ProblemFormReader() {
	}

	/**
	 * The form showing a folder's files; what problem.yaml cannot say comes back as
	 * errors to show.
	 */
	static ProblemForm read(Map<String, String> files, List<String> problems) {
		ProblemForm form = new ProblemForm();
		form.setStatement(files.get("statement.md"));
		form.setExplanation(files.get("explanation.md"));
		form.setAnswer(files.get("answer.md"));
		JsonNode root;
		try {
			root = ProblemFiles.readYaml(files.getOrDefault("problem.yaml", ""));
		}
		catch (JacksonException ex) {
			problems.add("problem.yaml is not valid YAML (" + ex.getOriginalMessage()
					+ "); saving rewrites it from the form.");
			return form;
		}
		if (root == null || !root.isObject()) {
			return form;
		}
		form.setKind(text(root, "kind"));
		form.setTitle(text(root, "title"));
		form.setDifficulty(text(root, "difficulty"));
		form.setTopics(String.join(", ", texts(root.get("topics"))));
		form.setSource(text(root, "source"));
		form.setHints(String.join("\n", texts(root.get("hints"))));
		if (form.isCoding()) {
			codingFrom(root, files, form);
		}
		else {
			form.setRelated(String.join(", ", texts(root.get("related"))));
			form.setKeyPoints(String.join("\n", texts(root.get("keyPoints"))));
			for (JsonNode item : iterable(root.get("quiz"))) {
				QuizRow row = new QuizRow();
				row.setType(text(item, "type"));
				row.setQuestion(text(item, "question"));
				row.setOptions(String.join("\n", texts(item.get("options"))));
				row.setAnswer(scalar(item.get("answer")));
				row.setTolerance(scalar(item.get("tolerance")));
				row.setExplanation(text(item, "explanation"));
				form.getQuiz().add(row);
			}
		}
		return form;
	}

	private static void codingFrom(JsonNode root, Map<String, String> files, ProblemForm form) {
		JsonNode limits = root.path("limits");
		form.setCpuMillis(scalar(limits.get("cpuMillisPerTest")));
		form.setWallMillis(scalar(limits.get("wallMillisPerSubmission")));
		form.setMemoryMb(scalar(limits.get("memoryMb")));
		form.setEntryClass(text(root.path("entry"), "class"));
		form.setSignature(text(root.path("entry"), "signature"));
		JsonNode checker = root.path("checker");
		form.setCheckerType(text(checker, "type"));
		form.setCheckerAtol(scalar(checker.get("atol")));
		form.setCheckerRtol(scalar(checker.get("rtol")));
		form.setCheckerMetric(text(checker, "metric"));
		form.setCheckerDelta(scalar(checker.get("delta")));
		form.setCheckerTol(scalar(checker.get("tol")));
		form.setCheckerClass(text(checker, "class"));
		form.setCheckerSource(files.get(form.getCheckerClass() + ".java"));
		form.setStarter(files.get("starter/" + form.getEntryClass() + ".java"));
		form.setReference(files.get("reference/" + form.getEntryClass() + ".java"));
		for (JsonNode test : iterable(root.get("tests"))) {
			TestRow row = new TestRow();
			row.setName(text(test, "name"));
			row.setSample(test.path("sample").asBoolean(false));
			row.setWeight(test.has("weight") ? scalar(test.get("weight")) : "1");
			row.setArgs(test.has("args") ? FlowJson.write(test.get("args")) : "");
			row.setTruth(test.has("truth") ? FlowJson.write(test.get("truth")) : "");
			JsonNode generator = test.get("generator");
			if (generator != null && generator.isObject()) {
				row.setGenerator(text(generator, "name"));
				row.setSeed(scalar(generator.get("seed")));
				row.setParams(generator.has("params") ? FlowJson.write(generator.get("params")) : "");
			}
			form.getTests().add(row);
		}
		for (JsonNode wrong : iterable(root.get("wrong"))) {
			WrongRow row = new WrongRow();
			String file = text(wrong, "file");
			row.setName(file.replaceFirst("^wrong/", "").replaceFirst("\\.java$", ""));
			row.setExpected(text(wrong, "expected"));
			row.setWhy(text(wrong, "why"));
			row.setSource(files.get(file));
			form.getWrong().add(row);
		}
		for (JsonNode accepted : iterable(root.get("accepted"))) {
			AcceptedRow row = new AcceptedRow();
			String file = text(accepted, "file");
			row.setName(file.replaceFirst("^accepted/", "").replaceFirst("\\.java$", ""));
			row.setWhy(text(accepted, "why"));
			row.setSource(files.get(file));
			form.getAccepted().add(row);
		}
	}

	/**
	 * The title in problem.yaml, for lists; the raw text is enough, a broken file just
	 * shows no title.
	 */
	static String titleOf(String yaml) {
		try {
			JsonNode root = ProblemFiles.readYaml((yaml != null) ? yaml : "");
			return (root != null && root.isObject()) ? text(root, "title") : "";
		}
		catch (JacksonException ex) {
			return "";
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = (node == null) ? null : node.get(field);
		return (value == null || value.isNull() || value.isContainer()) ? "" : value.asString();
	}

	private static String scalar(JsonNode node) {
		if (node == null || node.isNull() || node.isContainer()) {
			return "";
		}
		return node.isFloatingPointNumber() ? FlowJson.number(node.asDouble()) : node.asString();
	}

	private static List<String> texts(JsonNode node) {
		List<String> texts = new ArrayList<>();
		for (JsonNode item : iterable(node)) {
			texts.add(item.isContainer() ? FlowJson.write(item) : item.asString());
		}
		return texts;
	}

	private static Iterable<JsonNode> iterable(JsonNode node) {
		return (node != null && node.isArray()) ? node : List.of();
	}

}
