package com.mljudge.interviews.internal;

import java.time.Instant;
import java.util.List;

import com.mljudge.database.Signals;
import com.mljudge.interviews.internal.Access.Seated;
import com.mljudge.interviews.internal.Interview.State;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interview's clock and its moves: start, next item, release a hint, extend, end.
 * Every change locks the interview row, so two interviewers clicking at once take turns,
 * and signals the interview's screens once it commits.
 */
@Service
class Live {

	/** The channel every interview screen listens on; the payload is the interview id. */
	static final String CHANNEL = "interviews";

	static final int MAX_EXTENSION_MINUTES = 120;

	private final InterviewStore interviews;

	private final ItemStore items;

	private final Access access;

	private final Contents contents;

	private final Signals signals;

	Live(InterviewStore interviews, ItemStore items, Access access, Contents contents, Signals signals) {
		this.interviews = interviews;
		this.items = items;
		this.access = access;
		this.contents = contents;
		this.signals = signals;
	}

	Instant now() {
		return Instant.now();
	}

	/**
	 * The interview locked for a change, ended first if its time ran out, so no change
	 * slips in after the deadline.
	 */
	Interview locked(long id) {
		Interview interview = this.interviews.lock(id).orElseThrow(() -> InterviewRefusals.unknown(id));
		if (interview.overdue(now())) {
			endAt(interview, interview.deadline());
			return this.interviews.find(id).orElseThrow();
		}
		return interview;
	}

	/** The interview as it stands, ended first if its time ran out. */
	Interview current(long id) {
		Interview interview = this.interviews.find(id).orElseThrow(() -> InterviewRefusals.unknown(id));
		return interview.overdue(now()) ? locked(id) : interview;
	}

	/** Ends an interview whose time ran out; safe to call from any read. */
	@Transactional
	void settle(long id) {
		locked(id);
	}

	@Transactional
	void start(long id, String username) {
		Interview interview = locked(id);
		Seated seated = this.access.interviewer(interview, username);
		if (interview.state() != State.PLANNED) {
			throw InterviewRefusals.conflict("The interview has started already.");
		}
		if (interview.candidate() == null) {
			throw InterviewRefusals
				.conflict("Nobody has accepted the invite yet; the interview starts once the candidate has.");
		}
		begin(seated.interview());
	}

	/** Starts the clock and the first item. */
	void begin(Interview interview) {
		Instant now = now();
		this.interviews.start(interview.id(), now, now.plusSeconds(interview.durationMinutes() * 60L));
		this.items.item(interview.id(), 0).ifPresent((first) -> this.items.begin(first.id(), now));
		changed(interview.id());
	}

	@Transactional
	void next(long id, String username) {
		Interview interview = running(id, username);
		List<Item> all = this.items.items(id);
		int next = interview.currentPosition() + 1;
		if (next >= all.size()) {
			throw InterviewRefusals.conflict("This is the last item; end the interview instead.");
		}
		Instant now = now();
		this.items.finish(all.get(interview.currentPosition()).id(), now);
		this.items.begin(all.get(next).id(), now);
		this.interviews.moveTo(id, next);
		changed(id);
	}

	@Transactional
	int releaseHint(long id, String username) {
		Interview interview = running(id, username);
		Item item = this.items.item(id, interview.currentPosition()).orElseThrow();
		int total = this.contents.of(item.problem()).hints().size();
		if (item.hintsReleased() >= total) {
			throw InterviewRefusals.conflict("Every hint of this item is out already (" + total + ").");
		}
		this.items.releaseHint(item.id());
		changed(id);
		return item.hintsReleased() + 1;
	}

	@Transactional
	void extend(long id, String username, Integer minutes) {
		Interview interview = running(id, username);
		if (minutes == null || minutes < 1 || minutes > MAX_EXTENSION_MINUTES) {
			throw InterviewRefusals.bad("Extend by 1 to " + MAX_EXTENSION_MINUTES + " minutes.");
		}
		this.interviews.extend(id, interview.deadline().plusSeconds(minutes * 60L));
		changed(id);
	}

	@Transactional
	void end(long id, String username) {
		Interview interview = running(id, username);
		endAt(interview, now());
	}

	/** A live interview the caller runs: an interviewer, or the solo candidate. */
	private Interview running(long id, String username) {
		Interview interview = locked(id);
		if (!(interview.solo() && interview.hasCandidate(username))) {
			this.access.interviewer(interview, username);
		}
		if (!interview.running(now())) {
			throw InterviewRefusals.conflict((interview.state() == State.PLANNED) ? "The interview has not started yet."
					: "The interview is over.");
		}
		return interview;
	}

	private void endAt(Interview interview, Instant at) {
		if (this.interviews.end(interview.id(), at)) {
			this.items.item(interview.id(), interview.currentPosition())
				.ifPresent((item) -> this.items.finish(item.id(), at));
			changed(interview.id());
		}
	}

	void changed(long id) {
		this.signals.send(CHANNEL, Long.toString(id));
	}

}
