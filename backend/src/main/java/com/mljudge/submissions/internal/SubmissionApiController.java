package com.mljudge.submissions.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.mljudge.refusals.Refusal;
import com.mljudge.accounts.CurrentUser;
import com.mljudge.submissions.SubmissionJudged.Mode;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/** Submit, run and poll over the JSON API. */
@RestController
@RequestMapping("/api")
class SubmissionApiController {

	private final Submissions submissions;

	/** The longest a client may ask to wait for a verdict in one request, in seconds. */
	private final long maxWaitSeconds;

	SubmissionApiController(Submissions submissions, SubmissionsProperties properties) {
		this.submissions = submissions;
		this.maxWaitSeconds = properties.api().maxWait().toSeconds();
	}

	/**
	 * {@code input} (runs only) is the entry method's arguments as a JSON array, or that
	 * array as a JSON string; without it a run takes the problem's samples.
	 * {@code language} is {@code java} (when absent) or {@code python}.
	 */
	record NewSubmission(JsonNode problem, JsonNode source, JsonNode input, JsonNode language) {

		/**
		 * The field's text; null when absent; a number or object is refused rather than
		 * judged as its JSON spelling.
		 */
		static String text(String field, JsonNode value) {
			if (value == null || value.isNull() || value.isMissingNode()) {
				return null;
			}
			if (!value.isString()) {
				throw new NotAString(field);
			}
			return value.stringValue();
		}

		String inputText() {
			if (this.input == null || this.input.isNull() || this.input.isMissingNode()) {
				return null;
			}
			return this.input.isString() ? this.input.stringValue() : this.input.toString();
		}

	}

	/**
	 * A client that may send the same POST again (a retry after a timeout) names the
	 * attempt in this header; the repeat answers with the first one's submission.
	 */
	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	@PostMapping("/submissions")
	ResponseEntity<?> submit(CurrentUser user, @RequestBody NewSubmission request,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
		return accept(user, request, Mode.SUBMIT, key);
	}

	@PostMapping("/runs")
	ResponseEntity<?> run(CurrentUser user, @RequestBody NewSubmission request,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
		return accept(user, request, Mode.RUN, key);
	}

	/** A submission in a list: its outcome, without tests or source. */
	record Summary(long id, String problem, String status, String verdict, Integer score, Instant createdAt,
			Integer problemVersion, String language) {

		static Summary of(SubmissionView view) {
			return new Summary(view.id(), view.problem(), view.status(), view.verdict(), view.score(), view.createdAt(),
					view.problemVersion(), view.language());
		}

	}

	/**
	 * The caller's submissions (not runs), newest first: the latest 100, or the latest 50
	 * to one {@code problem}.
	 */
	@GetMapping("/submissions")
	List<Summary> list(CurrentUser user, @RequestParam(required = false) String problem) {
		List<SubmissionView> views = (problem != null && !problem.isBlank())
				? this.submissions.history(user.name(), problem.strip())
				: this.submissions.recent(user.name(), SubmissionPagesController.MY_SUBMISSIONS);
		return views.stream().map(Summary::of).toList();
	}

	/** The {@code wait} parameter in seconds, null when absent; refused out of range. */
	private Double waitSeconds(String wait) {
		if (wait == null || wait.isBlank()) {
			return null;
		}
		double seconds;
		try {
			seconds = Double.parseDouble(wait.strip());
		}
		catch (NumberFormatException ex) {
			seconds = Double.NaN;
		}
		if (Double.isNaN(seconds) || seconds < 0 || seconds > this.maxWaitSeconds) {
			throw Refusal.invalid("Invalid wait", "'wait' is in seconds, from 0 to " + this.maxWaitSeconds + ".");
		}
		return seconds;
	}

	/** The submission as it stands. */
	@GetMapping("/submissions/{id}")
	ResponseEntity<?> status(CurrentUser user, @PathVariable long id) {
		return answer(id, this.submissions.find(id, user.name(), user.isAdmin()));
	}

	/**
	 * With {@code wait} (seconds, up to {@code judge.api.max-wait}) the answer comes as
	 * soon as the verdict is stored, or when the wait is over, so clients need not poll.
	 * The request holds no server thread while it waits; a user may keep only a few such
	 * waits open (429 beyond).
	 */
	@GetMapping(path = "/submissions/{id}", params = "wait")
	DeferredResult<ResponseEntity<?>> await(CurrentUser user, @PathVariable long id,
			@RequestParam(name = "wait", required = false) String wait) {
		DeferredResult<ResponseEntity<?>> result = new DeferredResult<>(
				TimeUnit.SECONDS.toMillis(this.maxWaitSeconds + 30));
		Double waitSeconds = waitSeconds(wait);
		String name = user.name();
		boolean admin = user.isAdmin();
		Optional<SubmissionView> now = this.submissions.find(id, name, admin);
		if (waitSeconds == null || waitSeconds == 0 || now.isEmpty() || now.get().done()) {
			return answered(result, id, now);
		}
		Runnable giveUp = this.submissions.await(id, name, admin, Duration.ofMillis((long) (waitSeconds * 1000)),
				(view) -> answered(result, id, view));
		if (giveUp == null) {
			throw new Refusal(Refusal.Reason.TOO_MANY, "Too many waiting requests",
					"You already have " + this.submissions.maxOpenWaits()
							+ " requests waiting for verdicts, the most one user may keep "
							+ "open; wait for one of them to answer or ask without 'wait'.",
					Map.of(), Duration.ofSeconds(1));
		}
		result.onCompletion(giveUp);
		result.onTimeout(() -> answered(result, id, this.submissions.find(id, name, admin)));
		return result;
	}

	/** {@code view} is null when the row could not be read (the database went away). */
	private static ResponseEntity<?> answer(long id, Optional<SubmissionView> view) {
		if (view == null) {
			throw new Refusal(Refusal.Reason.UNAVAILABLE, "Try again", "The submission could not be read; ask again.");
		}
		return ResponseEntity.ok(view.orElseThrow(() -> Refusal.unknown("Unknown submission", "No submission " + id)));
	}

	/** A refusal after the wait goes through the same handler as any other. */
	private static DeferredResult<ResponseEntity<?>> answered(DeferredResult<ResponseEntity<?>> result, long id,
			Optional<SubmissionView> view) {
		try {
			result.setResult(answer(id, view));
		}
		catch (Refusal refused) {
			result.setErrorResult(refused);
		}
		return result;
	}

	/** A field that must be a JSON string was something else. */
	static final class NotAString extends RuntimeException {

		private static final long serialVersionUID = 1L;

		NotAString(String field) {
			super("'" + field + "' must be a JSON string" + ("source".equals(field) ? " holding your source." : "."),
					null, false, false);
		}

	}

	private ResponseEntity<?> accept(CurrentUser user, NewSubmission request, Mode mode, String key) {
		String problem;
		String source;
		String language;
		try {
			problem = NewSubmission.text("problem", request.problem());
			source = NewSubmission.text("source", request.source());
			language = NewSubmission.text("language", request.language());
		}
		catch (NotAString ex) {
			throw Refusal.invalid("Invalid field", ex.getMessage());
		}
		Submissions.Queued queued = this.submissions.submit(user.name(), problem, source, mode, request.inputText(),
				key, Submissions.language(language));
		ResponseEntity.BodyBuilder accepted = ResponseEntity.accepted()
			.header(HttpHeaders.LOCATION, "/api/submissions/" + queued.id());
		if (!queued.replayed()) {
			return accepted.body(Map.of("id", queued.id(), "status", "QUEUED"));
		}
		String status = this.submissions.find(queued.id(), user.name(), false)
			.map(SubmissionView::status)
			.orElse("QUEUED");
		return accepted.header("Idempotent-Replayed", "true").body(Map.of("id", queued.id(), "status", status));
	}

}
