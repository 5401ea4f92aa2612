package com.mljudge.practice.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.mljudge.accounts.CurrentUser;
import com.mljudge.practice.internal.Reviews.QueueEntry;
import com.mljudge.practice.internal.Reviews.ReviewOutcome;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Flashcard review: the next due card, its answer behind a reveal, four grade buttons.
 */
@Controller
class ReviewPageController {

	private final Reviews reviews;

	ReviewPageController(Reviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/practice/review")
	String next(@RequestParam(required = false) String topic, CurrentUser user, Model model) {
		String topicFilter = (topic == null || topic.isBlank()) ? null : topic;
		List<QueueEntry> queue = this.reviews.queue(user.name(), topicFilter, Instant.now());
		model.addAttribute("topic", topicFilter);
		model.addAttribute("topicLabel", (topicFilter == null) ? null : Question.topicLabel(topicFilter));
		model.addAttribute("card", queue.isEmpty() ? null : queue.get(0));
		model.addAttribute("dueCount", queue.stream().filter((entry) -> !entry.isNew()).count());
		model.addAttribute("newCount", queue.stream().filter(QueueEntry::isNew).count());
		Map<Grade, Integer> intervals = queue.isEmpty() ? Map.of()
				: this.reviews.preview(user.name(), queue.get(0).question().slug(), Instant.now());
		model.addAttribute("buttons",
				intervals.entrySet()
					.stream()
					.map((entry) -> new GradeButton(entry.getKey().name(), entry.getKey().label(), entry.getValue()))
					.toList());
		return "practice/review";
	}

	@PostMapping("/practice/review")
	String grade(@RequestParam String slug, @RequestParam String grade, @RequestParam(required = false) String topic,
			CurrentUser user, RedirectAttributes redirect) {
		Grade parsed = Grade.parse(grade);
		ReviewOutcome outcome = this.reviews.review(user.name(), slug, parsed, Instant.now());
		redirect.addFlashAttribute("reviewed", outcome);
		return "redirect:" + UriComponentsBuilder.fromPath("/practice/review")
			.queryParamIfPresent("topic", java.util.Optional.ofNullable(topic).filter((t) -> !t.isBlank()))
			.build()
			.encode()
			.toUriString();
	}

	/** A grade as its button shows it, with the interval it would schedule. */
	record GradeButton(String grade, String label, int intervalDays) {

		public String id() {
			return "grade-" + this.grade.toLowerCase(java.util.Locale.ROOT);
		}

		public String style() {
			return switch (this.grade) {
				case "AGAIN" -> "btn btn-outline-danger";
				case "EASY" -> "btn btn-outline-success";
				default -> "btn btn-outline-primary";
			};
		}

	}

}
