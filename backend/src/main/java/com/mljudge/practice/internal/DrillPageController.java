package com.mljudge.practice.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import com.mljudge.accounts.CurrentUser;
import com.mljudge.problembank.Kind;
import com.mljudge.refusals.Refusal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Interview drill: a random question of the chosen kinds, a countdown to answer it as in
 * the interview, then the model answer and its key points to grade oneself against; the
 * grade schedules the question's next review, and the next question follows.
 */
@Controller
class DrillPageController {

	static final List<Integer> MINUTES = List.of(2, 5, 10, 15);

	private final QuestionBank bank;

	private final Reviews reviews;

	DrillPageController(QuestionBank bank, Reviews reviews) {
		this.bank = bank;
		this.reviews = reviews;
	}

	/** Draws the next question; the same link serves every question of a drill. */
	@GetMapping("/practice/drill/next")
	String next(@RequestParam(name = "kind", required = false) List<String> kinds,
			@RequestParam(defaultValue = "5") int minutes) {
		return "redirect:" + drawn(kinds, minutes(minutes));
	}

	@GetMapping("/practice/drill")
	String setup(Model model) {
		model.addAttribute("kinds", PracticeKinds.PRACTICE.stream().map(Question.Label::kind).toList());
		model.addAttribute("minuteChoices", MINUTES);
		return "practice/drill";
	}

	@GetMapping("/practice/drill/{slug}")
	String ask(@PathVariable String slug, @RequestParam(name = "kind", required = false) List<String> kinds,
			@RequestParam(defaultValue = "5") int minutes, Model model) {
		model.addAttribute("question", question(slug));
		model.addAttribute("seconds", minutes(minutes) * 60);
		return drillPage(kinds, minutes, model);
	}

	@PostMapping("/practice/drill/{slug}")
	String reveal(@PathVariable String slug, @RequestParam(defaultValue = "") String answer,
			@RequestParam(name = "kind", required = false) List<String> kinds,
			@RequestParam(defaultValue = "5") int minutes, Model model) {
		model.addAttribute("question", question(slug));
		// Shown back once, never stored: the form's size limit bounds it.
		model.addAttribute("answer", answer);
		return drillPage(kinds, minutes, model);
	}

	@PostMapping("/practice/drill/{slug}/grade")
	String grade(@PathVariable String slug, @RequestParam(name = "point", required = false) List<Integer> points,
			@RequestParam(name = "kind", required = false) List<String> kinds,
			@RequestParam(defaultValue = "5") int minutes, CurrentUser user, RedirectAttributes redirect) {
		int keyPoints = question(slug).keyPoints().size();
		int covered = (points == null) ? 0
				: (int) points.stream().distinct().filter((i) -> i >= 0 && i < keyPoints).count();
		redirect.addFlashAttribute("reviewed",
				this.reviews.review(user.name(), slug, SelfAssessment.grade(covered, keyPoints), Instant.now()));
		return "redirect:" + drawn(kinds, minutes(minutes));
	}

	/** The page of a question drawn at random from the chosen kinds. */
	private String drawn(List<String> kinds, int minutes) {
		Set<Kind> chosen = chosen(kinds);
		List<Question> pool = this.bank.all()
			.stream()
			.filter((q) -> chosen.contains(q.kind()) && !q.keyPoints().isEmpty())
			.toList();
		if (pool.isEmpty()) {
			throw Refusal.invalid("No questions", "No practice question of the chosen kinds has key points.");
		}
		Question question = pool.get(ThreadLocalRandom.current().nextInt(pool.size()));
		return drill("/practice/drill/" + question.slug(), kinds, minutes);
	}

	private String drillPage(List<String> kinds, int minutes, Model model) {
		// Refuses a kind practice does not have before the page carries it on.
		chosen(kinds);
		model.addAttribute("chosenKinds", (kinds != null) ? kinds : List.of());
		model.addAttribute("minutes", minutes(minutes));
		return "practice/drill";
	}

	private Question question(String slug) {
		return this.bank.find(slug).orElseThrow(() -> new UnknownQuestionException(slug));
	}

	/** The kinds asked for, every kind practice has when none is. */
	private static Set<Kind> chosen(List<String> kinds) {
		List<Kind> named = (kinds != null)
				? kinds.stream().filter((k) -> k != null && !k.isBlank()).map(PracticeKinds::parse).toList()
				: List.of();
		return Set.copyOf(named.isEmpty() ? PracticeKinds.PRACTICE : named);
	}

	private static int minutes(int minutes) {
		if (!MINUTES.contains(minutes)) {
			throw Refusal.invalid("Unknown duration", "A drill question lasts one of " + MINUTES + " minutes.");
		}
		return minutes;
	}

	private static String drill(String path, List<String> kinds, int minutes) {
		return UriComponentsBuilder.fromPath(path)
			.queryParam("kind", (kinds != null) ? kinds.toArray() : new Object[0])
			.queryParam("minutes", minutes)
			.build()
			.encode()
			.toUriString();
	}

}
