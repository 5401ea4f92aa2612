package com.mljudge.contests.internal;

import java.time.Instant;
import java.util.List;

/** A contest's settings after validation, ready to store. */
record ContestDraft(String slug, String title, String description, Instant startsAt, Instant endsAt, Scoring scoring,
		int freezeMinutes, int publicPercent, List<String> problems) {

	ContestDraft {
		problems = List.copyOf(problems);
	}

}
