package com.mljudge.interviews.internal;

import java.nio.charset.StandardCharsets;

import com.mljudge.interviews.internal.Interview.State;
import com.mljudge.judge.Language;
import com.mljudge.submissions.SubmissionIntake;
import com.mljudge.submissions.SubmissionJudged.Mode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the candidate does on the current item while the clock runs: type (saved as typed,
 * each save a frame of the replay) and Run or Submit through the normal judge.
 */
@Service
class CandidateWork {

	static final int MAX_WORK_BYTES = 64 * 1024;

	private final Live live;

	private final ItemStore items;

	private final Access access;

	private final SubmissionIntake intake;

	CandidateWork(Live live, ItemStore items, Access access, SubmissionIntake intake) {
		this.live = live;
		this.items = items;
		this.access = access;
		this.intake = intake;
	}

	/**
	 * Saves the current item's code (in {@code language}: null keeps the item's) or
	 * answer. {@code position} is the item the page shows: a tab left on an earlier item
	 * cannot overwrite the next one.
	 */
	@Transactional
	void save(long id, String username, Integer position, String text, String language) {
		String chosen = (language != null) ? this.intake.language(language).id() : null;
		Item item = current(id, username, position);
		String cleaned = (text != null) ? text.replace("\u0000", "") : "";
		if (cleaned.getBytes(StandardCharsets.UTF_8).length > MAX_WORK_BYTES) {
			throw InterviewRefusals.tooLarge("Too long", "An answer or solution holds at most 64 KiB.");
		}
		this.items.commitWithoutWaitingForDisk();
		this.items.saveWork(item, cleaned, chosen, this.live.now());
		this.live.changed(id);
	}

	/**
	 * Queues a run or submission of {@code source} in {@code language} (null: Java) and
	 * records it against the item.
	 */
	@Transactional
	long judge(long id, String username, Integer position, String source, Mode mode, String language) {
		Language chosen = this.intake.language(language);
		Item item = current(id, username, position);
		if (!item.coding()) {
			throw InterviewRefusals.bad("This item is answered in words; there is no code to run.");
		}
		// A refusal (unknown problem, Python off, too many submissions) leaves as it is.
		long submission = this.intake.submit(username, item.problem(), source, mode, chosen);
		this.items.recordSubmission(submission, item.id(), mode.name(), source, chosen.id());
		// The code that was run is the latest code too, in its language.
		this.items.saveWork(item, source, chosen.id(), this.live.now());
		this.live.changed(id);
		return submission;
	}

	/**
	 * The item the candidate works on. No row lock: a save that races "next item" or
	 * "end" lands on the item the candidate was looking at, which is where it belongs.
	 */
	private Item current(long id, String username, Integer position) {
		Interview interview = this.live.current(id);
		this.access.candidate(interview, username);
		if (!interview.running(this.live.now())) {
			throw InterviewRefusals.conflict((interview.state() == State.PLANNED) ? "The interview has not started yet."
					: "Time is up: the interview is over.");
		}
		if (position != null && position != interview.currentPosition()) {
			throw InterviewRefusals.conflict("The interview moved on to another item; reload the page.");
		}
		return this.items.item(id, interview.currentPosition()).orElseThrow();
	}

}
