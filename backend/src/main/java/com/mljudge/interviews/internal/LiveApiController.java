package com.mljudge.interviews.internal;

import java.time.Instant;
import java.util.Map;

import com.mljudge.accounts.CurrentUser;
import com.mljudge.submissions.SubmissionJudged.Mode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Running an interview over JSON: the interviewers' moves, the candidate's saves, runs
 * and submissions, notes and scores, and the live stream of the caller's view.
 */
@RestController
@RequestMapping({ "/api/interviews", "/interviews/api" })
class LiveApiController {

	private final Live live;

	private final CandidateWork work;

	private final Scoring scoring;

	private final Access access;

	private final LiveScreens screens;

	LiveApiController(Live live, CandidateWork work, Scoring scoring, Access access, LiveScreens screens) {
		this.live = live;
		this.work = work;
		this.scoring = scoring;
		this.access = access;
		this.screens = screens;
	}

	/** What a move answers: the interview's state and the server's clock. */
	record Moved(long id, String state, int position, long remainingSeconds, Instant deadline) {
	}

	@PostMapping("/{id}/start")
	Moved start(@PathVariable long id, CurrentUser caller) {
		this.live.start(id, caller.name());
		return moved(id, caller);
	}

	@PostMapping("/{id}/next")
	Moved next(@PathVariable long id, CurrentUser caller) {
		this.live.next(id, caller.name());
		return moved(id, caller);
	}

	/** Releases the current item's next hint to the candidate. */
	@PostMapping("/{id}/hints")
	Map<String, Integer> releaseHint(@PathVariable long id, CurrentUser caller) {
		return Map.of("hintsReleased", this.live.releaseHint(id, caller.name()));
	}

	record Extension(Integer minutes) {
	}

	@PostMapping("/{id}/extend")
	Moved extend(@PathVariable long id, @RequestBody Extension extension, CurrentUser caller) {
		this.live.extend(id, caller.name(), extension.minutes());
		return moved(id, caller);
	}

	@PostMapping("/{id}/end")
	Moved end(@PathVariable long id, CurrentUser caller) {
		this.live.end(id, caller.name());
		return moved(id, caller);
	}

	/**
	 * The candidate's code or answer on the item at {@code position} (the current one);
	 * for code, {@code language} ({@code java} or {@code python}; absent keeps the
	 * item's).
	 */
	record Work(Integer position, String text, String language) {
	}

	/** Saves as typed; the interviewers' screens get it at once. */
	@PutMapping("/{id}/work")
	ResponseEntity<Void> save(@PathVariable long id, @RequestBody Work work, CurrentUser caller) {
		this.work.save(id, caller.name(), work.position(), work.text(), work.language());
		return ResponseEntity.noContent().build();
	}

	/**
	 * Code to judge on the current item, in {@code java} (when absent) or {@code python}.
	 */
	record Source(Integer position, String source, String language) {
	}

	/**
	 * Runs the samples through the normal judge; poll /api/submissions/{id} or watch the
	 * stream.
	 */
	@PostMapping("/{id}/runs")
	ResponseEntity<Map<String, Object>> run(@PathVariable long id, @RequestBody Source source, CurrentUser caller) {
		return queued(
				this.work.judge(id, caller.name(), source.position(), source.source(), Mode.RUN, source.language()));
	}

	@PostMapping("/{id}/submissions")
	ResponseEntity<Map<String, Object>> submit(@PathVariable long id, @RequestBody Source source, CurrentUser caller) {
		return queued(
				this.work.judge(id, caller.name(), source.position(), source.source(), Mode.SUBMIT, source.language()));
	}

	record Notes(String text) {
	}

	/** The interviewers' private notes on an item; never shown to the candidate. */
	@PutMapping("/{id}/items/{position}/notes")
	ResponseEntity<Void> notes(@PathVariable long id, @PathVariable int position, @RequestBody Notes notes,
			CurrentUser caller) {
		this.scoring.notes(id, caller.name(), position, notes.text());
		return ResponseEntity.noContent().build();
	}

	/**
	 * Scores 1 to 4 on the item's rubric dimensions, by name; a null score clears one.
	 */
	@PutMapping("/{id}/items/{position}/scores")
	ResponseEntity<Void> scores(@PathVariable long id, @PathVariable int position,
			@RequestBody Map<String, Item.Score> scores, CurrentUser caller) {
		this.scoring.score(id, caller.name(), position, scores);
		return ResponseEntity.noContent().build();
	}

	/**
	 * Server-sent events: a {@code state} event with the caller's view (candidate or
	 * interviewer, as from GET .../candidate or .../interviewer) now and after every
	 * change.
	 */
	@GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(@PathVariable long id, CurrentUser caller) {
		return this.screens.open(this.access.seat(id, caller.name()));
	}

	private Moved moved(long id, CurrentUser caller) {
		Interview interview = this.access.seat(id, caller.name()).interview();
		return new Moved(id, interview.state().name(), interview.currentPosition(),
				interview.remainingSeconds(Instant.now()), interview.deadline());
	}

	private static ResponseEntity<Map<String, Object>> queued(long submission) {
		return ResponseEntity.accepted()
			.body(Map.of("id", submission, "status", "QUEUED", "location", "/api/submissions/" + submission));
	}

}
