package com.mljudge.leaderboards.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.mljudge.submissions.SubmissionJudged;
import com.mljudge.submissions.SubmissionRecords;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the boards current, one verdict at a time. A fresh verdict folds into the user's
 * entry for the problem; a rejudged one rebuilds that entry from the user's judged
 * submissions, since it may take away a first solve. Totals move only when the entry's
 * points or solve time changed, and then are recomputed for that user in the scopes the
 * old and new solve touch, so replaying an event is harmless.
 */
@Component
class BoardUpdates {

	private final BoardStore store;

	private final SubmissionRecords records;

	BoardUpdates(BoardStore store, SubmissionRecords records) {
		this.store = store;
		this.records = records;
	}

	@ApplicationModuleListener
	void on(SubmissionJudged event) {
		apply(event);
	}

	/**
	 * The update itself, in the caller's transaction (the listener's own, or a test's).
	 */
	void apply(SubmissionJudged event) {
		if (event.mode() != SubmissionJudged.Mode.SUBMIT) {
			return;
		}
		Optional<Long> user = this.store.userId(event.username());
		Optional<BoardStore.ProblemFacts> problem = this.store.problem(event.problem());
		if (user.isEmpty() || problem.isEmpty()) {
			return;
		}
		long userId = user.get();
		int points = Points.forDifficulty(problem.get().difficulty());
		this.store.lockUser(userId);
		BoardEntry before = this.store.entry(userId, event.problem());
		BoardEntry after;
		if (event.rejudge()) {
			after = BoardEntry.NONE;
			for (SubmissionRecords.SubmissionRecord record : this.records.judged(event.username(), event.problem())) {
				after = after.with(new BoardEntry.Judged(record.id(), record.verdict(), record.score(),
						record.timeMillis(), micros(record.submittedAt())), points);
			}
		}
		else {
			after = before.with(new BoardEntry.Judged(event.id(), event.verdict(), event.score(), event.timeMillis(),
					micros(event.submittedAt())), points);
		}
		if (after.equals(before)) {
			return;
		}
		this.store.save(userId, event.problem(), after);
		if (after.solveDiffers(before)) {
			this.store.recomputeTotals(userId, periods(before, after), topics(problem.get()));
		}
	}

	/**
	 * PostgreSQL keeps microseconds (rounded): compare what is stored with what would be
	 * stored.
	 */
	private static Instant micros(Instant at) {
		return at.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
	}

	private static List<String> periods(BoardEntry before, BoardEntry after) {
		Set<String> periods = new LinkedHashSet<>();
		periods.add(BoardPeriod.ALL.key(null));
		for (BoardEntry entry : List.of(before, after)) {
			if (entry.solved()) {
				periods.add(BoardPeriod.WEEK.key(entry.solvedAt()));
				periods.add(BoardPeriod.MONTH.key(entry.solvedAt()));
			}
		}
		return new ArrayList<>(periods);
	}

	private static List<String> topics(BoardStore.ProblemFacts problem) {
		List<String> topics = new ArrayList<>();
		topics.add("");
		topics.addAll(problem.topics());
		return topics;
	}

}
