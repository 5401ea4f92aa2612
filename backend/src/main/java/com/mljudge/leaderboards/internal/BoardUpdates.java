package com.mljudge.leaderboards.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.mljudge.problembank.Problem;
import com.mljudge.problems.ProblemCatalog;
import com.mljudge.submissions.SubmissionJudged;
import com.mljudge.submissions.SubmissionRecords;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the boards current, one verdict at a time. A fresh verdict folds into the user's
 * entry for the problem; a rejudged one rebuilds that entry from the user's judged
 * submissions, since it may take away a first solve. Totals move only when the entry's
 * points or solve time changed, and then are recomputed for that user in the scopes the
 * old and new solve touch, so replaying an event is harmless. Events come through the
 * event publication registry and may arrive again after a crash, late: one whose verdict
 * was rejudged since is not folded in (it would bring back the old verdict) but rebuilds
 * the entry from what is stored now. A problem's difficulty (its points) and topics (its
 * scopes) come from the catalog's API.
 */
@Component
class BoardUpdates {

	private final BoardStore store;

	private final SubmissionRecords records;

	private final ProblemCatalog catalog;

	BoardUpdates(BoardStore store, SubmissionRecords records, ProblemCatalog catalog) {
		this.store = store;
		this.records = records;
		this.catalog = catalog;
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
		Optional<Problem> problem = this.catalog.find(event.problem());
		if (user.isEmpty() || problem.isEmpty()) {
			return;
		}
		long userId = user.get();
		int points = Points.forDifficulty(problem.get().difficulty().yamlName());
		this.store.lockUser(userId);
		BoardEntry before = this.store.entry(userId, event.problem());
		BoardEntry after;
		if (event.rejudge() || this.records.superseded(event.id(), event.judgedAt())) {
			after = rebuilt(event.username(), event.problem(), points);
		}
		else {
			after = before.with(new BoardEntry.Judged(event.id(), event.verdict(), event.score(), event.timeMillis(),
					micros(event.submittedAt())), points);
		}
		save(userId, event.problem(), problem.get(), before, after);
	}

	/**
	 * Rebuilds one user's entry for one problem from their judged submissions, and their
	 * totals from their entries, in the caller's transaction; answers whether anything
	 * changed. The reconciliation's repair.
	 */
	boolean repair(long userId, String username, String slug) {
		Optional<Problem> problem = this.catalog.find(slug);
		this.store.lockUser(userId);
		BoardEntry before = this.store.entry(userId, slug);
		BoardEntry after = problem.isPresent()
				? rebuilt(username, slug, Points.forDifficulty(problem.get().difficulty().yamlName()))
				: BoardEntry.NONE;
		boolean changed = !after.equals(before);
		if (changed) {
			this.store.save(userId, slug, after);
		}
		return this.store.recomputeAllTotals(userId) || changed;
	}

	private BoardEntry rebuilt(String username, String slug, int points) {
		BoardEntry entry = BoardEntry.NONE;
		for (SubmissionRecords.SubmissionRecord record : this.records.judged(username, slug)) {
			entry = entry.with(new BoardEntry.Judged(record.id(), record.verdict(), record.score(), record.timeMillis(),
					micros(record.submittedAt())), points);
		}
		return entry;
	}

	private void save(long userId, String slug, Problem problem, BoardEntry before, BoardEntry after) {
		if (after.equals(before)) {
			return;
		}
		this.store.save(userId, slug, after);
		if (after.solveDiffers(before)) {
			this.store.recomputeTotals(userId, periods(before, after), topics(problem));
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

	private static List<String> topics(Problem problem) {
		List<String> topics = new ArrayList<>();
		topics.add("");
		topics.addAll(problem.topics());
		return topics;
	}

}
