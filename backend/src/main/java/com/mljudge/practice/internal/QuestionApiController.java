package com.mljudge.practice.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.mljudge.accounts.CurrentUser;
import com.mljudge.problembank.QuizItem;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The practice questions as JSON. Anyone may list and read the questions; the model
 * answer, its key points and the quiz (which carries the right answers) only go to
 * signed-in callers.
 */
@RestController
@RequestMapping("/api/questions")
class QuestionApiController {

	private final QuestionBank bank;

	QuestionApiController(QuestionBank bank) {
		this.bank = bank;
	}

	@GetMapping
	List<Summary> list(@RequestParam(required = false) String topic, @RequestParam(required = false) String kind) {
		return this.bank.filter((topic == null || topic.isBlank()) ? null : topic, PracticeKinds.parse(kind))
			.stream()
			.map(Summary::of)
			.toList();
	}

	@GetMapping("/{slug}")
	Detail get(@PathVariable String slug, CurrentUser user) {
		Question q = this.bank.find(slug).orElseThrow(() -> new UnknownQuestionException(slug));
		boolean signedIn = user.signedIn();
		return new Detail(q.slug(), q.kind().yamlName(), q.title(), q.difficulty().yamlName(), q.topics(),
				q.statementMarkdown(), signedIn ? q.answerMarkdown() : null, signedIn ? q.keyPoints() : null,
				signedIn ? q.quiz().stream().map(Quiz::of).toList() : null, q.related(), signedIn);
	}

	record Summary(String slug, String kind, String title, String difficulty, List<String> topics) {

		static Summary of(Question q) {
			return new Summary(q.slug(), q.kind().yamlName(), q.title(), q.difficulty().yamlName(), q.topics());
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Detail(String slug, String kind, String title, String difficulty, List<String> topics, String statement,
			String answer, List<String> keyPoints, List<Quiz> quiz, List<String> related, boolean answerIncluded) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Quiz(String type, String question, List<String> options, Number answer, Double tolerance,
			String explanation) {

		static Quiz of(QuizItem item) {
			if (item instanceof QuizItem.Choice choice) {
				return new Quiz("choice", choice.question(), choice.options(), choice.answer(), null,
						choice.explanation());
			}
			QuizItem.Number number = (QuizItem.Number) item;
			return new Quiz("number", number.question(), null, number.answer(), number.tolerance(),
					number.explanation());
		}

	}

}
