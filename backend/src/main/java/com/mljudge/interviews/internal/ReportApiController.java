package com.mljudge.interviews.internal;

import java.util.List;

import com.mljudge.accounts.CurrentUser;
import com.mljudge.interviews.internal.ItemStore.Snapshot;
import com.mljudge.interviews.internal.Reports.Report;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report over JSON: the interviewers' full version at any time, the candidate's
 * (without private notes) once shared; the replay of each item; the overall verdict.
 */
@RestController
@RequestMapping({ "/api/interviews", "/interviews/api" })
class ReportApiController {

	private final Reports reports;

	private final Scoring scoring;

	ReportApiController(Reports reports, Scoring scoring) {
		this.reports = reports;
		this.scoring = scoring;
	}

	@GetMapping("/{id}/report")
	Report report(@PathVariable long id, CurrentUser caller) {
		return this.reports.report(id, caller.name());
	}

	/** The overall recommendation (STRONG_NO, NO, YES, STRONG_YES) and summary. */
	record Verdict(String recommendation, String summary) {
	}

	@PutMapping("/{id}/verdict")
	Report verdict(@PathVariable long id, @RequestBody Verdict verdict, CurrentUser caller) {
		this.scoring.verdict(id, caller.name(), verdict.recommendation(), verdict.summary());
		return this.reports.report(id, caller.name());
	}

	/** Lets the candidate read their version of the report. */
	@PostMapping("/{id}/share")
	Report share(@PathVariable long id, CurrentUser caller) {
		this.scoring.share(id, caller.name());
		return this.reports.report(id, caller.name());
	}

	/** The item's code (or answer) as it evolved, a frame per few seconds of typing. */
	@GetMapping("/{id}/items/{position}/snapshots")
	List<Snapshot> replay(@PathVariable long id, @PathVariable int position, CurrentUser caller) {
		return this.reports.replay(id, caller.name(), position);
	}

}
