package com.mljudge.contests.internal;

import java.util.List;

/**
 * A contest's settings as a person or a script sends them, unchecked. Times are ISO-8601
 * instants ({@code 2026-03-01T10:00:00Z}) or, as the form's date-time fields send them,
 * local date-times read as UTC. Empty numbers take the defaults: no freeze, half the
 * hidden tests public.
 */
record ContestRequest(String slug, String title, String description, String startsAt, String endsAt, String scoring,
		Integer freezeMinutes, Integer publicPercent, List<String> problems) {

	static ContestRequest blank() {
		return new ContestRequest("", "", "", "", "", Scoring.ICPC.name(), 0, ContestValidation.DEFAULT_PUBLIC_PERCENT,
				List.of());
	}

	static ContestRequest of(Contest contest) {
		return new ContestRequest(contest.slug(), contest.title(), contest.description(),
				ContestValidation.formTime(contest.startsAt()), ContestValidation.formTime(contest.endsAt()),
				contest.scoring().name(), contest.freezeMinutes(), contest.publicPercent(), contest.problems());
	}

	/** The problems as the form's one text field shows them. */
	public String problemList() {
		return (this.problems == null) ? "" : String.join(", ", this.problems);
	}

}
