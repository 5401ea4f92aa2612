package com.mljudge.submissions.internal;

import java.security.Principal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.mljudge.submissions.SubmissionJudged.Mode;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Submit, run and poll over the JSON API. */
@RestController
@RequestMapping("/api")
class SubmissionApiController {

	private final Submissions submissions;

	SubmissionApiController(Submissions submissions) {
		this.submissions = submissions;
	}

	/**
	 * {@code input} (runs only) is the entry method's arguments as a JSON array, or that
	 * array as a JSON string; without it a run takes the problem's samples.
	 */
	record NewSubmission(String problem, String source, JsonNode input) {

		String inputText() {
			if (this.input == null || this.input.isNull() || this.input.isMissingNode()) {
				return null;
			}
			return this.input.isString() ? this.input.stringValue() : this.input.toString();
		}

	}

	@PostMapping("/submissions")
	ResponseEntity<?> submit(Principal principal, @RequestBody NewSubmission request) {
		return accept(principal, request, Mode.SUBMIT);
	}

	@PostMapping("/runs")
	ResponseEntity<?> run(Principal principal, @RequestBody NewSubmission request) {
		return accept(principal, request, Mode.RUN);
	}

	/** The longest a client may ask to wait for a verdict in one request. */
	static final int MAX_WAIT_SECONDS = 30;

	/**
	 * The submission as it stands; with {@code wait} (seconds, up to 30) the answer comes
	 * as soon as the verdict is stored, or when the wait is over, so clients need not
	 * poll.
	 */
	@GetMapping("/submissions/{id}")
	ResponseEntity<?> status(Authentication authentication, @PathVariable long id,
			@RequestParam(name = "wait", required = false) Double waitSeconds) throws InterruptedException {
		if (waitSeconds != null && (waitSeconds.isNaN() || waitSeconds < 0 || waitSeconds > MAX_WAIT_SECONDS)) {
			return problem(HttpStatus.BAD_REQUEST, "'wait' is in seconds, from 0 to " + MAX_WAIT_SECONDS + ".",
					"Invalid wait");
		}
		Optional<SubmissionView> view = (waitSeconds != null && waitSeconds > 0)
				? this.submissions.await(id, authentication.getName(), isAdmin(authentication),
						Duration.ofMillis((long) (waitSeconds * 1000)))
				: this.submissions.find(id, authentication.getName(), isAdmin(authentication));
		if (view.isEmpty()) {
			return problem(HttpStatus.NOT_FOUND, "No submission " + id, "Unknown submission");
		}
		return ResponseEntity.ok(view.get());
	}

	private ResponseEntity<?> accept(Principal principal, NewSubmission request, Mode mode) {
		Submissions.Outcome outcome = this.submissions.submit(principal.getName(), request.problem(), request.source(),
				mode, request.inputText());
		if (outcome instanceof Submissions.Outcome.Queued queued) {
			return ResponseEntity.accepted()
				.header(HttpHeaders.LOCATION, "/api/submissions/" + queued.id())
				.body(Map.of("id", queued.id(), "status", "QUEUED"));
		}
		Submissions.Outcome.Refused refused = (Submissions.Outcome.Refused) outcome;
		ResponseEntity.BodyBuilder response = ResponseEntity.status(refused.status());
		if (refused.retryAfter() != null) {
			response.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, refused.retryAfter().toSeconds())));
		}
		return response.body(problem(refused.status(), refused.detail(), refused.title()).getBody());
	}

	private static boolean isAdmin(Authentication authentication) {
		return authentication.getAuthorities().stream().anyMatch((a) -> "ROLE_ADMIN".equals(a.getAuthority()));
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, String title) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return ResponseEntity.status(status).body(problem);
	}

}
