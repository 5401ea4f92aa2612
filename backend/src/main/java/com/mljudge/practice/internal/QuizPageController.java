package com.mljudge.practice.internal;

import java.time.Instant;
import java.util.List;

import com.mljudge.accounts.CurrentUser;
import com.mljudge.practice.internal.QuestionBank.QuizRef;
import com.mljudge.practice.internal.Quizzes.AnswerResult;
import com.mljudge.refusals.Refusal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Quizzes: choose a topic, answer ten items one by one with the explanation after each,
 * see the score.
 */
@Controller
class QuizPageController {

	private final Quizzes quizzes;

	private final QuestionBank bank;

	QuizPageController(Quizzes quizzes, QuestionBank bank) {
		this.quizzes = quizzes;
		this.bank = bank;
	}

	@GetMapping("/practice/quiz")
	String start(CurrentUser user, Model model) {
		model.addAttribute("topics", this.bank.topics().stream().map(Question.Label::topic).toList());
		model.addAttribute("history", this.quizzes.history(user.name()));
		return "practice/quiz-start";
	}

	@PostMapping("/practice/quiz")
	String begin(@RequestParam(required = false) String topic, CurrentUser user) {
		String topicFilter = (topic == null || topic.isBlank()) ? null : topic;
		if (topicFilter != null && !this.bank.topics().contains(topicFilter)) {
			throw Refusal.invalid("Unknown topic", "No practice question has the topic '" + topicFilter + "'.");
		}
		QuizSession session = this.quizzes.start(user.name(), topicFilter, Instant.now());
		return "redirect:/practice/quiz/" + session.getId();
	}

	@GetMapping("/practice/quiz/{id}")
	String show(@PathVariable long id, CurrentUser user, Model model) {
		QuizSession session = this.quizzes.find(user.name(), id).orElseThrow(() -> unknownQuiz(id));
		model.addAttribute("quiz", session);
		if (session.isFinished()) {
			List<Answered> answers = session.getItems()
				.stream()
				.map((item) -> new Answered(this.quizzes.ref(item), item.getGiven(),
						Boolean.TRUE.equals(item.getCorrect())))
				.toList();
			model.addAttribute("answers", answers);
			return "practice/quiz-result";
		}
		model.addAttribute("ref", this.quizzes.ref(session.current()));
		return "practice/quiz-item";
	}

	@PostMapping("/practice/quiz/{id}/answers")
	String answer(@PathVariable long id, @RequestParam int position,
			@RequestParam(required = false, defaultValue = "") String answer, CurrentUser user, Model model) {
		this.quizzes.answer(user.name(), id, position, answer, Instant.now()).orElseThrow(() -> unknownQuiz(id));
		// Post, redirect, get: a reload shows the feedback again instead of sending the
		// answer again.
		return "redirect:/practice/quiz/" + id + "/answers/" + position;
	}

	@GetMapping("/practice/quiz/{id}/answers/{position}")
	String feedback(@PathVariable long id, @PathVariable int position, CurrentUser user, Model model) {
		AnswerResult result = this.quizzes.answered(user.name(), id, position).orElseThrow(() -> unknownQuiz(id));
		model.addAttribute("result", result);
		return "practice/quiz-feedback";
	}

	/** A finished quiz item as the result page lists it. */
	record Answered(QuizRef ref, String given, boolean correct) {

		public String expected() {
			return QuizGrading.expected(this.ref.item());
		}

	}

	private static Refusal unknownQuiz(long id) {
		return Refusal.unknown("Unknown quiz", "You have no quiz " + id + ".");
	}

}
