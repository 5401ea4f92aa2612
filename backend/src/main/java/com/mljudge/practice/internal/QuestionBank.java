package com.mljudge.practice.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import com.mljudge.problembank.Kind;
import com.mljudge.problembank.Problem;
import com.mljudge.problembank.ProblemBank;
import com.mljudge.problembank.QuizItem;
import com.mljudge.web.Markdown;

/**
 * The practice items of the catalog, held in memory: the bank ships in the jar, and a
 * version published in the browser replaces the whole set at once ({@link #reload}), so
 * there is nothing to keep in the database but the users' progress.
 */
final class QuestionBank {

	private volatile Map<String, Question> bySlug = Map.of();

	QuestionBank(List<Problem> problems) {
		reload(problems);
	}

	QuestionBank(ProblemBank bank) {
		this(bank.problems());
	}

	void reload(List<Problem> problems) {
		Map<String, Question> bySlug = new LinkedHashMap<>();
		for (Problem problem : problems) {
			if (problem.conceptual() == null) {
				continue;
			}
			String answer = problem.conceptual().answer();
			bySlug.put(problem.slug(),
					new Question(problem.slug(), problem.kind(), problem.title(), problem.difficulty(),
							problem.topics(), problem.statement(), Markdown.toHtml(problem.statement()), answer,
							(answer == null) ? null : Markdown.toHtml(answer), problem.conceptual().keyPoints(),
							problem.conceptual().quiz(), problem.conceptual().related()));
		}
		this.bySlug = java.util.Collections.unmodifiableMap(bySlug);
	}

	List<Question> all() {
		return List.copyOf(this.bySlug.values());
	}

	Optional<Question> find(String slug) {
		return Optional.ofNullable(this.bySlug.get(slug));
	}

	/** Items with the topic and kind given; a null filter matches everything. */
	List<Question> filter(String topic, Kind kind) {
		return this.bySlug.values()
			.stream()
			.filter((q) -> topic == null || q.topics().contains(topic))
			.filter((q) -> kind == null || q.kind() == kind)
			.toList();
	}

	List<String> topics() {
		TreeSet<String> topics = new TreeSet<>();
		this.bySlug.values().forEach((q) -> topics.addAll(q.topics()));
		return List.copyOf(topics);
	}

	/**
	 * Every quiz item of the topic's questions (all questions when topic is null), in
	 * bank order.
	 */
	List<QuizRef> quizPool(String topic) {
		List<QuizRef> pool = new ArrayList<>();
		for (Question question : filter(topic, null)) {
			for (int i = 0; i < question.quiz().size(); i++) {
				pool.add(new QuizRef(question, i));
			}
		}
		return pool;
	}

	/** One quiz item, named by its question and its position in that question's quiz. */
	record QuizRef(Question question, int index) {

		public QuizItem item() {
			return this.question.quiz().get(this.index);
		}

		public boolean isChoice() {
			return item() instanceof QuizItem.Choice;
		}

		public List<String> options() {
			return (item() instanceof QuizItem.Choice choice) ? choice.options() : List.of();
		}

		public String prompt() {
			return item().question();
		}

		public String explanation() {
			return item().explanation();
		}

		/** Option or answer text as HTML, with superscripts for {@code ^}. */
		public String html(String text) {
			return QuizText.html(text);
		}

		/** What a learner gave, as they saw it: the option's text for a choice. */
		public String display(String given) {
			if (given != null && isChoice() && given.matches("\\d{1,2}")) {
				int index = Integer.parseInt(given);
				return (index < options().size()) ? options().get(index) : given;
			}
			return given;
		}

	}

}
