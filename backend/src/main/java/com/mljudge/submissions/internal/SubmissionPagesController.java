package com.mljudge.submissions.internal;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

import com.mljudge.submissions.SubmissionJudged.Mode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Run and Submit from the problem page: htmx posts the editor's source and swaps in a
 * result fragment that polls itself until the verdict is in.
 */
@Controller
class SubmissionPagesController {

	private final Submissions submissions;

	private final JsonMapper json;

	private final SampleDetails sampleDetails;

	SubmissionPagesController(Submissions submissions, JsonMapper json, SampleDetails sampleDetails) {
		this.submissions = submissions;
		this.json = json;
		this.sampleDetails = sampleDetails;
	}

	@PostMapping("/problems/{slug}/submit")
	String submit(Principal principal, @PathVariable String slug, @RequestParam(defaultValue = "") String source,
			@RequestHeader(name = SubmissionApiController.IDEMPOTENCY_KEY, required = false) String key, Model model) {
		return accept(principal, slug, source, Mode.SUBMIT, null, key, model);
	}

	/**
	 * With {@code input} (the custom input panel's JSON) a run on that input, else on the
	 * samples.
	 */
	@PostMapping("/problems/{slug}/run")
	String run(Principal principal, @PathVariable String slug, @RequestParam(defaultValue = "") String source,
			@RequestParam(required = false) String input,
			@RequestHeader(name = SubmissionApiController.IDEMPOTENCY_KEY, required = false) String key, Model model) {
		return accept(principal, slug, source, Mode.RUN, input, key, model);
	}

	@GetMapping("/submissions/{id}/result")
	String result(Authentication authentication, @PathVariable long id, Model model) {
		show(find(authentication, id), model);
		return "submissions/result :: result";
	}

	@GetMapping("/problems/{slug}/submissions")
	String history(Principal principal, @PathVariable String slug, Model model) {
		List<SubmissionView> history = this.submissions.history(principal.getName(), slug);
		model.addAttribute("menu", "problems");
		model.addAttribute("slug", slug);
		model.addAttribute("history", history);
		// A version column only for problems published through authoring; the bank's own
		// have none.
		model.addAttribute("versioned", history.stream().anyMatch((s) -> s.problemVersion() != null));
		return "submissions/history";
	}

	@GetMapping("/submissions/{id}")
	String submission(Authentication authentication, @PathVariable long id, Model model) {
		model.addAttribute("menu", "problems");
		SubmissionView view = find(authentication, id);
		show(view, model);
		this.submissions.previous(id, authentication.getName(), isAdmin(authentication)).ifPresent((previous) -> {
			model.addAttribute("previous", previous);
			model.addAttribute("diff", LineDiff.between(previous.source(), view.source()));
		});
		return "submissions/submission";
	}

	private String accept(Principal principal, String slug, String source, Mode mode, String input, String key,
			Model model) {
		Submissions.Outcome outcome = this.submissions.submit(principal.getName(), slug, source, mode, input, key);
		if (outcome instanceof Submissions.Outcome.Refused refused) {
			model.addAttribute("refusal", refused);
			return "submissions/result :: refused";
		}
		long id = ((Submissions.Outcome.Queued) outcome).id();
		Authentication authentication = (Authentication) principal;
		show(find(authentication, id), model);
		return "submissions/result :: result";
	}

	private void show(SubmissionView view, Model model) {
		model.addAttribute("submission", view);
		model.addAttribute("diagnosticsJson", this.json.writeValueAsString(view.diagnostics()));
		model.addAttribute("samples", this.sampleDetails.of(view));
	}

	private SubmissionView find(Authentication authentication, long id) {
		Optional<SubmissionView> view = this.submissions.find(id, authentication.getName(), isAdmin(authentication));
		return view.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static boolean isAdmin(Authentication authentication) {
		return authentication.getAuthorities().stream().anyMatch((a) -> "ROLE_ADMIN".equals(a.getAuthority()));
	}

}
