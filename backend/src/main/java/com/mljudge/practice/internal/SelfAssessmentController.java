package com.mljudge.practice.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.mljudge.accounts.CurrentUser;
import com.mljudge.practice.internal.Reviews.ReviewOutcome;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Self-assessment: write an answer, compare it with the model answer, tick the key points
 * it covered; the ticks become the review grade of the question.
 */
@Controller
class SelfAssessmentController {

	private static final int MAX_ANSWER_LENGTH = 20_000;

	private final QuestionBank bank;

	private final Reviews reviews;

	SelfAssessmentController(QuestionBank bank, Reviews reviews) {
		this.bank = bank;
		this.reviews = reviews;
	}

	@GetMapping("/practice/questions/{slug}/self-assessment")
	String write(@PathVariable String slug, Model model) {
		model.addAttribute("question", question(slug));
		return "practice/self-assessment";
	}

	@PostMapping("/practice/questions/{slug}/self-assessment")
	String compare(@PathVariable String slug, @RequestParam(defaultValue = "") String answer, Model model) {
		model.addAttribute("question", question(slug));
		model.addAttribute("answer", answer.substring(0, Math.min(answer.length(), MAX_ANSWER_LENGTH)));
		return "practice/self-assessment-compare";
	}

	@PostMapping("/practice/questions/{slug}/self-assessment/grade")
	String grade(@PathVariable String slug, @RequestParam(name = "point", required = false) List<Integer> points,
			CurrentUser user, RedirectAttributes redirect) {
		Question question = question(slug);
		long ticked = (points == null) ? 0
				: Set.copyOf(points).stream().filter((i) -> i >= 0 && i < question.keyPoints().size()).count();
		Grade grade = SelfAssessment.grade((int) ticked, question.keyPoints().size());
		ReviewOutcome outcome = this.reviews.review(user.name(), slug, grade, Instant.now());
		redirect.addFlashAttribute("reviewed", outcome);
		redirect.addFlashAttribute("ticked", ticked);
		return "redirect:/practice/questions/" + slug;
	}

	private Question question(String slug) {
		return this.bank.find(slug).orElseThrow(() -> new UnknownQuestionException(slug));
	}

}
