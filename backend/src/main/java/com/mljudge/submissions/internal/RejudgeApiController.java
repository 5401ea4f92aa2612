package com.mljudge.submissions.internal;

import java.util.Map;

import com.mljudge.problems.ProblemCatalog;
import com.mljudge.refusals.Refusal;
import com.mljudge.submissions.Rejudging;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins rejudge a problem's submissions or a single one and follow the progress (the
 * chain admits ADMIN only).
 */
@RestController
@RequestMapping("/api/admin")
class RejudgeApiController {

	private final Rejudging rejudging;

	private final ProblemCatalog catalog;

	RejudgeApiController(Rejudging rejudging, ProblemCatalog catalog) {
		this.rejudging = rejudging;
		this.catalog = catalog;
	}

	@PostMapping("/problems/{slug}/rejudge")
	ResponseEntity<?> rejudgeProblem(@PathVariable String slug) {
		if (this.catalog.find(slug).isEmpty()) {
			throw Refusal.unknown("Unknown problem", "There is no problem '" + slug + "'.");
		}
		int queued = this.rejudging.rejudgeProblem(slug);
		return ResponseEntity.accepted().body(Map.of("problem", slug, "queued", queued));
	}

	@GetMapping("/problems/{slug}/rejudge")
	ResponseEntity<?> progress(@PathVariable String slug) {
		if (this.catalog.find(slug).isEmpty()) {
			throw Refusal.unknown("Unknown problem", "There is no problem '" + slug + "'.");
		}
		return ResponseEntity.ok(Map.of("problem", slug, "pending", this.rejudging.progress(slug).pending()));
	}

	@PostMapping("/submissions/{id}/rejudge")
	ResponseEntity<?> rejudgeSubmission(@PathVariable long id) {
		if (!this.rejudging.rejudgeSubmission(id)) {
			throw Refusal.unknown("Nothing to rejudge",
					"There is no judged submission " + id + " (runs and unfinished submissions are not rejudged).");
		}
		return ResponseEntity.accepted().body(Map.of("id", id, "status", "QUEUED"));
	}

}
