package com.mljudge.problembank;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/** The part of problem.yaml only conceptual, case-study and system-design items have. */
final class ConceptualReader {

	private final Fields fields;

	private final String answer;

	private final Set<String> slugs;

	ConceptualReader(Fields fields, String answer, Set<String> slugs) {
		this.slugs = slugs;
		this.fields = fields;
		this.answer = answer;
	}

	ConceptualPart read() {
		List<String> related = this.fields.texts("related", false, 0, Integer.MAX_VALUE);
		for (int i = 0; related != null && i < related.size(); i++) {
			// A related slug that names no folder is a typo (folder names are unique, so
			// slugs are too).
			if (!this.slugs.contains(related.get(i))) {
				this.fields.error("related[" + i + "]", "no problem folder named '" + related.get(i) + "'");
			}
		}
		List<String> keyPoints = this.fields.texts("keyPoints", true, 3, 7);
		List<QuizItem> quiz = new ArrayList<>();
		JsonNode items = this.fields.required("quiz");
		if (items != null && !items.isArray()) {
			this.fields.error("quiz", "expected a list of quiz items");
		}
		else if (items != null) {
			if (items.size() < 2 || items.size() > 4) {
				this.fields.error("quiz", "expected 2 to 4 items, got " + items.size());
			}
			for (int i = 0; i < items.size(); i++) {
				QuizItem item = quizItem(items.get(i), "quiz[" + i + "]");
				if (item != null) {
					quiz.add(item);
				}
			}
		}
		return new ConceptualPart(this.answer, orEmpty(keyPoints), quiz, orEmpty(related));
	}

	private QuizItem quizItem(JsonNode node, String path) {
		if (!node.isObject()) {
			this.fields.error(path, "expected a mapping");
			return null;
		}
		JsonNode type = node.get("type");
		String typeName = (type != null && type.isString()) ? type.stringValue() : null;
		if ("choice".equals(typeName)) {
			Fields item = nested(node, path, Set.of("type", "question", "options", "answer", "explanation"));
			String question = item.text("question", true);
			List<String> options = item.texts("options", true, 2, 8);
			Long answer = item.integer("answer", true, 0);
			String explanation = item.text("explanation", true);
			if (options != null && answer != null && answer >= options.size()) {
				item.error("answer", "index " + answer + " is past the last option (" + (options.size() - 1) + ")");
				return null;
			}
			return (question == null || options == null || answer == null || explanation == null) ? null
					: new QuizItem.Choice(question, options, answer.intValue(), explanation);
		}
		if ("number".equals(typeName)) {
			Fields item = nested(node, path, Set.of("type", "question", "answer", "tolerance", "explanation"));
			String question = item.text("question", true);
			Double answer = item.number("answer", true, -Double.MAX_VALUE);
			Double tolerance = item.number("tolerance", true, 0);
			String explanation = item.text("explanation", true);
			return (question == null || answer == null || tolerance == null || explanation == null) ? null
					: new QuizItem.Number(question, answer, tolerance, explanation);
		}
		this.fields.error(path + ".type", "expected choice | number, got " + type);
		return null;
	}

	private Fields nested(JsonNode node, String path, Set<String> allowed) {
		return this.fields.nested(node, path, allowed);
	}

	private static List<String> orEmpty(List<String> list) {
		return (list == null) ? List.of() : list;
	}

}
