package com.mljudge.submissions.internal;

import com.mljudge.accounts.CurrentUser;
import com.mljudge.problembank.Problem;
import com.mljudge.problems.ProblemCatalog;
import com.mljudge.refusals.Refusal;
import com.mljudge.web.Markdown;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A coding problem's explanation unlocks once the user has solved it, or when they ask to
 * see the answer.
 */
@Controller
class ExplanationController {

	private final ProblemCatalog catalog;

	private final SubmissionProgress progress;

	ExplanationController(ProblemCatalog catalog, SubmissionProgress progress) {
		this.catalog = catalog;
		this.progress = progress;
	}

	@GetMapping("/problems/{slug}/explanation")
	String explanation(CurrentUser user, @PathVariable String slug,
			@RequestParam(defaultValue = "false") boolean reveal, Model model) {
		Problem problem = this.catalog.find(slug)
			.orElseThrow(() -> Refusal.unknown("Unknown problem", "No problem " + slug));
		boolean solved = user.signedIn() && this.progress.hasSolved(user.name(), slug);
		model.addAttribute("slug", slug);
		model.addAttribute("solved", solved);
		model.addAttribute("unlocked", solved || reveal);
		if (solved || reveal) {
			model.addAttribute("explanationHtml", Markdown.toHtml(problem.explanation()));
		}
		return "submissions/explanation :: explanation";
	}

	/**
	 * Solved or attempted, next to the problem's title. A fragment of its own: the page
	 * around it is cached for every viewer alike, and the mark changes with each verdict.
	 */
	@GetMapping("/problems/{slug}/status")
	String status(CurrentUser user, @PathVariable String slug, Model model) {
		String status = null;
		if (user.signedIn()) {
			status = this.progress.hasSolved(user.name(), slug) ? "solved"
					: this.progress.hasJudged(user.name(), slug) ? "attempted" : null;
		}
		model.addAttribute("slug", slug);
		model.addAttribute("status", status);
		return "submissions/explanation :: status";
	}

}
