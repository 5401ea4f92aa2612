package com.mljudge.interviews.internal;

import java.time.Instant;
import java.util.List;

import com.mljudge.accounts.CurrentUser;
import com.mljudge.interviews.internal.Access.Seated;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The interview pages: the list, the live page (the candidate's or the interviewer's, by
 * seat), the report and a candidate's history. The live pages render what a reload needs
 * to resume; interview.js keeps them current from the event stream.
 */
@Controller
class InterviewPagesController {

	private final Access access;

	private final Views views;

	private final Live live;

	private final Plans plans;

	private final Contents contents;

	private final Listings listings;

	private final Reports reports;

	InterviewPagesController(Access access, Views views, Live live, Plans plans, Contents contents, Listings listings,
			Reports reports) {
		this.access = access;
		this.views = views;
		this.live = live;
		this.plans = plans;
		this.contents = contents;
		this.listings = listings;
		this.reports = reports;
	}

	@GetMapping("/interviews")
	String list(CurrentUser caller, Model model) {
		model.addAttribute("interviews", this.listings.visibleTo(caller.name()));
		model.addAttribute("mayPlan", this.plans.mayPlan(caller.name(), Callers.interviewer(caller)));
		model.addAttribute("templates", this.plans.templates(caller.name()));
		return "interviews/list";
	}

	/** One item of the interviewer's page: the bank's content, its state, its rubric. */
	record PlannedItem(Item item, ItemContent content, List<Rubric.Dimension> dimensions) {
	}

	@GetMapping("/interviews/{id}")
	String interview(@PathVariable long id, CurrentUser caller, Model model) {
		this.live.settle(id);
		Seated seated = this.access.seat(id, caller.name());
		Interview interview = seated.interview();
		model.addAttribute("interview", interview);
		model.addAttribute("remaining", interview.remainingSeconds(Instant.now()));
		if (seated.interviewer()) {
			model.addAttribute("items",
					this.plans.items(id)
						.stream()
						.map((item) -> new PlannedItem(item, this.contents.of(item.problem()),
								interview.rubric().of(item.kind())))
						.toList());
			model.addAttribute("recommendations", Interview.Recommendation.values());
			return "interviews/interviewer";
		}
		model.addAttribute("state", this.views.candidate(interview, Instant.now()));
		return "interviews/candidate";
	}

	@GetMapping("/interviews/{id}/report")
	String report(@PathVariable long id, CurrentUser caller, Model model) {
		Reports.Report report = this.reports.report(id, caller.name());
		boolean interviewer = this.access.seat(id, caller.name()).interviewer();
		model.addAttribute("report", report);
		model.addAttribute("interviewer", interviewer);
		model.addAttribute("selfScoring", report.solo() && !interviewer && "ENDED".equals(report.state()));
		return "interviews/report";
	}

	@GetMapping("/interviews/candidates/{username}")
	String history(@PathVariable String username, CurrentUser caller, Model model) {
		model.addAttribute("candidate", username);
		model.addAttribute("interviews", this.listings.history(username, caller.name()));
		return "interviews/history";
	}

	/** The invite link: the signed-in person (a newcomer signs up first) accepts it. */
	@GetMapping("/interviews/invite/{code}")
	String invite(@PathVariable String code, Model model) {
		model.addAttribute("code", code);
		return "interviews/invite";
	}

	@PostMapping("/interviews/invite/{code}")
	String accept(@PathVariable String code, CurrentUser caller) {
		return "redirect:/interviews/" + this.plans.claim(code, caller.name());
	}

}
