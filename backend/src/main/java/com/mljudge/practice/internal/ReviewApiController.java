package com.mljudge.practice.internal;

import java.time.Instant;
import java.util.List;

import com.mljudge.accounts.CurrentUser;
import com.mljudge.practice.internal.Reviews.QueueEntry;
import com.mljudge.practice.internal.Reviews.ReviewOutcome;
import com.mljudge.refusals.Refusal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's review queue and grading, for scripts and other front ends. */
@RestController
@RequestMapping("/api/reviews")
class ReviewApiController {

	private static final int MAX_LIMIT = 100;

	private final Reviews reviews;

	ReviewApiController(Reviews reviews) {
		this.reviews = reviews;
	}

	/**
	 * Due cards first, then new questions, at most {@code limit} of them; the counts
	 * cover the whole queue.
	 */
	@GetMapping("/due")
	DueQueue due(@RequestParam(required = false) String topic, @RequestParam(defaultValue = "20") int limit,
			CurrentUser user) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw Refusal.invalid("Invalid limit", "limit must be between 1 and " + MAX_LIMIT);
		}
		List<QueueEntry> queue = this.reviews.queue(user.name(), (topic == null || topic.isBlank()) ? null : topic,
				Instant.now());
		long due = queue.stream().filter((entry) -> !entry.isNew()).count();
		List<DueCard> cards = queue.stream()
			.limit(limit)
			.map((entry) -> new DueCard(entry.question().slug(), entry.question().title(), entry.question().topics(),
					entry.isNew(), entry.dueAt()))
			.toList();
		return new DueQueue(due, queue.size() - due, cards);
	}

	@PostMapping
	ReviewOutcome review(@RequestBody ReviewRequest request, CurrentUser user) {
		if (request.slug() == null || request.slug().isBlank()) {
			throw Refusal.invalid("Missing slug",
					"Send the question's slug, e.g. {\"slug\": \"bias-and-variance\", " + "\"grade\": \"good\"}");
		}
		return this.reviews.review(user.name(), request.slug(), Grade.parse(request.grade()), Instant.now());
	}

	record ReviewRequest(String slug, String grade) {
	}

	record DueQueue(long due, long fresh, List<DueCard> cards) {
	}

	record DueCard(String slug, String title, List<String> topics, boolean isNew, Instant dueAt) {
	}

}
