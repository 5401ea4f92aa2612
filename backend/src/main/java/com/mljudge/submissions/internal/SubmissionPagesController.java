package com.mljudge.submissions.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mljudge.problembank.Problem;
import com.mljudge.problems.ProblemCatalog;

import com.mljudge.refusals.Refusal;
import com.mljudge.accounts.CurrentUser;
import com.mljudge.submissions.SubmissionJudged.Mode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Run and Submit from the problem page: htmx posts the editor's source and swaps in a
 * result fragment that polls itself until the verdict is in.
 */
@Controller
class SubmissionPagesController {

	private final Submissions submissions;

	private final JsonMapper json;

	private final SampleDetails sampleDetails;

	private final ProblemCatalog catalog;

	SubmissionPagesController(Submissions submissions, JsonMapper json, SampleDetails sampleDetails,
			ProblemCatalog catalog) {
		this.catalog = catalog;
		this.submissions = submissions;
		this.json = json;
		this.sampleDetails = sampleDetails;
	}

	@PostMapping("/problems/{slug}/submit")
	String submit(CurrentUser user, @PathVariable String slug, @RequestParam(defaultValue = "") String source,
			@RequestParam(required = false) String language,
			@RequestHeader(name = SubmissionApiController.IDEMPOTENCY_KEY, required = false) String key, Model model) {
		return accept(user, slug, source, language, Mode.SUBMIT, null, key, model);
	}

	/**
	 * With {@code input} (the custom input panel's JSON) a run on that input, else on the
	 * samples.
	 */
	@PostMapping("/problems/{slug}/run")
	String run(CurrentUser user, @PathVariable String slug, @RequestParam(defaultValue = "") String source,
			@RequestParam(required = false) String input, @RequestParam(required = false) String language,
			@RequestHeader(name = SubmissionApiController.IDEMPOTENCY_KEY, required = false) String key, Model model) {
		return accept(user, slug, source, language, Mode.RUN, input, key, model);
	}

	@GetMapping("/submissions/{id}/result")
	String result(CurrentUser user, @PathVariable long id, Model model) {
		show(find(user, id), model);
		return "submissions/result :: result";
	}

	@GetMapping("/problems/{slug}/submissions")
	String history(CurrentUser user, @PathVariable String slug, Model model) {
		List<SubmissionView> history = this.submissions.history(user.name(), slug);
		model.addAttribute("slug", slug);
		model.addAttribute("problemTitle", title(slug));
		model.addAttribute("history", history);
		// A version column only for problems published through authoring; the bank's own
		// have none.
		model.addAttribute("versioned", history.stream().anyMatch((s) -> s.problemVersion() != null));
		return "submissions/history";
	}

	/** Every problem's submissions of the signed-in user, newest first. */
	@GetMapping("/submissions")
	String mine(CurrentUser user, Model model) {
		List<SubmissionView> history = this.submissions.recent(user.name(), MY_SUBMISSIONS);
		Map<String, String> titles = new HashMap<>();
		history.forEach((s) -> titles.computeIfAbsent(s.problem(), this::title));
		model.addAttribute("history", history);
		model.addAttribute("titles", titles);
		model.addAttribute("versioned", history.stream().anyMatch((s) -> s.problemVersion() != null));
		return "submissions/history";
	}

	static final int MY_SUBMISSIONS = 100;

	private String title(String slug) {
		return this.catalog.find(slug).map(Problem::title).orElse(slug);
	}

	@GetMapping("/submissions/{id}")
	String submission(CurrentUser user, @PathVariable long id, Model model) {
		SubmissionView view = find(user, id);
		show(view, model);
		model.addAttribute("problemTitle", title(view.problem()));
		this.submissions.previous(id, user.name(), user.isAdmin()).ifPresent((previous) -> {
			model.addAttribute("previous", previous);
			model.addAttribute("diff", LineDiff.between(previous.source(), view.source()));
		});
		return "submissions/submission";
	}

	private String accept(CurrentUser user, String slug, String source, String language, Mode mode, String input,
			String key, Model model) {
		long id;
		try {
			id = this.submissions.submit(user.name(), slug, source, mode, input, key, Submissions.language(language))
				.id();
		}
		catch (Refusal refused) {
			// Shown in place of the verdict, where the user pressed the button.
			model.addAttribute("refusal", refused);
			return "submissions/result :: refused";
		}
		show(find(user, id), model);
		return "submissions/result :: result";
	}

	private void show(SubmissionView view, Model model) {
		model.addAttribute("submission", view);
		model.addAttribute("diagnosticsJson", this.json.writeValueAsString(view.diagnostics()));
		model.addAttribute("samples", this.sampleDetails.of(view));
	}

	private SubmissionView find(CurrentUser user, long id) {
		Optional<SubmissionView> view = this.submissions.find(id, user.name(), user.isAdmin());
		return view.orElseThrow(() -> Refusal.unknown("Unknown submission", "No submission " + id));
	}

}
