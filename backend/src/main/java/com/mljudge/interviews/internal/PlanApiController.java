package com.mljudge.interviews.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.mljudge.accounts.CurrentUser;
import com.mljudge.interviews.internal.InterviewRequest.PlanItem;
import com.mljudge.interviews.internal.Listings.Summary;
import com.mljudge.interviews.internal.TemplateStore.Draw;
import com.mljudge.interviews.internal.TemplateStore.Template;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Planning over JSON: create an interview, list one's interviews, read a seat's view,
 * templates, invites, the rubric, solo mocks and a candidate's history. The same
 * endpoints answer under {@code /api/interviews} (tokens) and {@code /interviews/api}
 * (the pages' session, with CSRF).
 */
@RestController
@RequestMapping({ "/api/interviews", "/interviews/api" })
class PlanApiController {

	private final Plans plans;

	private final Access access;

	private final Views views;

	private final Live live;

	private final Contents contents;

	private final Listings listings;

	private final SoloMocks solo;

	private final Scoring scoring;

	PlanApiController(Plans plans, Access access, Views views, Live live, Contents contents, Listings listings,
			SoloMocks solo, Scoring scoring) {
		this.plans = plans;
		this.access = access;
		this.views = views;
		this.live = live;
		this.contents = contents;
		this.listings = listings;
		this.solo = solo;
		this.scoring = scoring;
	}

	@PostMapping
	ResponseEntity<Views.InterviewerState> create(@RequestBody InterviewRequest request, CurrentUser caller) {
		Interview interview = this.plans.create(request, caller.name(), Callers.interviewer(caller), Instant.now());
		return ResponseEntity.created(URI.create("/api/interviews/" + interview.id()))
			.body(this.views.interviewer(interview, Instant.now()));
	}

	/** The caller's interviews: taken, run, and their team's when they own one. */
	@GetMapping
	List<Summary> list(CurrentUser caller) {
		return this.listings.visibleTo(caller.name());
	}

	/** The candidate's view (interviewers may look at it too). */
	@GetMapping("/{id}/candidate")
	Views.CandidateState candidate(@PathVariable long id, CurrentUser caller) {
		this.live.settle(id);
		Access.Seated seated = this.access.seat(id, caller.name());
		return this.views.candidate(seated.interview(), Instant.now());
	}

	/**
	 * The interviewers' view: code as typed, runs, notes, scores. Refused to the
	 * candidate.
	 */
	@GetMapping("/{id}/interviewer")
	Views.InterviewerState interviewer(@PathVariable long id, CurrentUser caller) {
		this.live.settle(id);
		Access.Seated seated = this.access.seat(id, caller.name());
		return this.views.interviewer(this.access.interviewer(seated.interview(), caller.name()).interview(),
				Instant.now());
	}

	/**
	 * What the interviewers hold on each item: model answer, key points, reference
	 * solution, hints.
	 */
	record Plan(long id, Rubric rubric, List<ItemContent> items) {
	}

	@GetMapping("/{id}/plan")
	Plan plan(@PathVariable long id, CurrentUser caller) {
		Interview interview = this.access.interviewer(this.access.seat(id, caller.name()).interview(), caller.name())
			.interview();
		return new Plan(id, interview.rubric(),
				this.plans.items(id).stream().map((item) -> this.contents.of(item.problem())).toList());
	}

	@PutMapping("/{id}/rubric")
	Rubric rubric(@PathVariable long id, @RequestBody Map<String, List<Rubric.Dimension>> kinds, CurrentUser caller) {
		this.scoring.rubric(id, caller.name(), kinds);
		return this.access.seat(id, caller.name()).interview().rubric();
	}

	/** A plan to reuse: a name, the items with their time boxes, the total minutes. */
	record NewTemplate(String name, Integer durationMinutes, List<PlanItem> items) {
	}

	@PostMapping("/templates")
	ResponseEntity<Template> saveTemplate(@RequestBody NewTemplate request, CurrentUser caller) {
		Template template = this.plans.saveTemplate(request.name(), request.durationMinutes(), request.items(),
				caller.name(), Callers.interviewer(caller));
		return ResponseEntity.status(201).body(template);
	}

	@GetMapping("/templates")
	List<Template> templates(CurrentUser caller) {
		return this.plans.templates(caller.name());
	}

	/** Accepts an invite: the caller becomes the interview's candidate. */
	@PostMapping("/invites/{code}")
	Map<String, Object> claim(@PathVariable String code, CurrentUser caller) {
		long id = this.plans.claim(code, caller.name());
		return Map.of("id", id, "candidate", caller.name());
	}

	/** Starts a timed solo mock of random items; answers its id. */
	@PostMapping("/solo")
	ResponseEntity<Map<String, Object>> solo(@RequestBody Draw draw, CurrentUser caller) {
		long id = this.solo.start(caller.name(), draw);
		return ResponseEntity.created(URI.create("/api/interviews/" + id)).body(Map.of("id", id));
	}

	/** A candidate's interviews that the caller may see, oldest first. */
	@GetMapping("/candidates/{username}")
	List<Summary> history(@PathVariable String username, CurrentUser caller) {
		return this.listings.history(username, caller.name());
	}

}
