package com.mljudge.interviews.internal;

import com.mljudge.submissions.SubmissionJudged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts the verdicts of runs and submissions made in an interview next to them, and tells
 * the interview's screens.
 */
@Component
class InterviewJudging {

	private final ItemStore items;

	private final Live live;

	InterviewJudging(ItemStore items, Live live) {
		this.items = items;
		this.live = live;
	}

	@ApplicationModuleListener
	void judged(SubmissionJudged event) {
		this.items.judged(event.id(), event.username(), event.verdict(), event.score(), event.judgedAt())
			.ifPresent(this.live::changed);
	}

}
