package com.mljudge.interviews.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A new interview: {@code candidate} an existing account, or {@code invite} true for a
 * link that brings someone new through sign-up; items from the bank with their time
 * boxes, or {@code template} a saved plan's id. {@code startsAt} defaults to now,
 * {@code durationMinutes} to the sum of the time boxes, {@code rubric} to the default
 * dimensions (kinds left out keep theirs).
 */
record InterviewRequest(String title, String candidate, Boolean invite, Instant startsAt, Integer durationMinutes,
		List<PlanItem> items, Long template, List<String> interviewers, Map<String, List<Rubric.Dimension>> rubric) {

	/** A bank item (its slug) and the minutes it gets. */
	record PlanItem(String problem, Integer minutes) {
	}

}
