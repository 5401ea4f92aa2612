package com.mljudge.practice.internal;

import java.util.List;

import com.mljudge.problembank.Difficulty;
import com.mljudge.problembank.Kind;
import com.mljudge.problembank.QuizItem;

/**
 * A conceptual, case-study or system-design item, with its Markdown rendered once at
 * startup.
 */
record Question(String slug, Kind kind, String title, Difficulty difficulty, List<String> topics,
		String statementMarkdown, String statementHtml, String answerMarkdown, String answerHtml,
		List<String> keyPoints, List<QuizItem> quiz, List<String> related) {

	Question {
		topics = List.copyOf(topics);
		keyPoints = List.copyOf(keyPoints);
		quiz = List.copyOf(quiz);
		related = List.copyOf(related);
	}

	public String kindLabel() {
		return kindLabel(this.kind);
	}

	public List<Label> topicLabels() {
		return this.topics.stream().map(Label::topic).toList();
	}

	static String kindLabel(Kind kind) {
		return switch (kind) {
			case CONCEPTUAL -> "Conceptual";
			case CASE_STUDY -> "Case study";
			case SYSTEM_DESIGN -> "System design";
			case CODING -> "Coding";
		};
	}

	/** A value as URLs spell it and as people read it. */
	record Label(String value, String label) {

		static Label topic(String topic) {
			return new Label(topic, topicLabel(topic));
		}

		static Label kind(Kind kind) {
			return new Label(kind.yamlName(), kindLabel(kind));
		}

	}

	private static final java.util.Set<String> ACRONYMS = java.util.Set.of("ml", "nlp", "pca", "lda", "svm", "knn");

	/** "deep-learning" reads as "Deep learning", "classical-ml" as "Classical ML". */
	static String topicLabel(String topic) {
		String[] words = topic.split("-");
		for (int i = 0; i < words.length; i++) {
			if (ACRONYMS.contains(words[i])) {
				words[i] = words[i].toUpperCase(java.util.Locale.ROOT);
			}
			else if (i == 0 && !words[i].isEmpty()) {
				words[i] = Character.toUpperCase(words[i].charAt(0)) + words[i].substring(1);
			}
		}
		return String.join(" ", words);
	}

}
