package com.mljudge.contests.internal;

import java.util.List;

import com.mljudge.submissions.SubmissionJudged;
import com.mljudge.submissions.SubmissionRecords;
import com.mljudge.submissions.SubmissionRecords.SubmissionRecord;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps contest_submissions up to date: every judged submission (and every rejudge) of a
 * registered contestant to a contest's problem inside its window is stored or
 * overwritten, so the board never reads the submissions table. A new registration (or an
 * edited contest) pulls the contestant's earlier judged submissions once, through the
 * submissions module's read side.
 */
@Component
class ContestEntries {

	private static final TypeReference<List<TestOutcome>> TESTS = new TypeReference<>() {
	};

	private final ContestStore store;

	private final SubmissionRecords records;

	private final JsonMapper json;

	private final BoardCache boards;

	ContestEntries(ContestStore store, SubmissionRecords records, JsonMapper json, BoardCache boards) {
		this.store = store;
		this.records = records;
		this.json = json;
		this.boards = boards;
	}

	@ApplicationModuleListener
	void judged(SubmissionJudged event) {
		if (event.mode() != SubmissionJudged.Mode.SUBMIT) {
			return;
		}
		for (Contest contest : this.store.holding(event.problem(), event.submittedAt())) {
			if (this.store.registered(contest.id(), event.username())) {
				this.store.record(contest.id(),
						new ContestStore.StoredEntry(event.id(), event.username(), event.problem(), event.verdict(),
								event.score(), testsJson(event.tests()), event.submittedAt(), event.judgedAt()));
				this.boards.invalidate(contest.id());
			}
		}
	}

	/**
	 * Stores the contestant's judged submissions that already count for the contest; safe
	 * to repeat.
	 */
	void backfill(Contest contest, String username) {
		for (String problem : contest.problems()) {
			for (SubmissionRecord record : this.records.judged(username, problem)) {
				if (contest.inWindow(record.submittedAt())) {
					this.store.record(contest.id(),
							new ContestStore.StoredEntry(record.id(), record.username(), record.problem(),
									record.verdict(), record.score(), testsJson(record.tests()), record.submittedAt(),
									record.judgedAt()));
				}
			}
		}
		this.boards.invalidate(contest.id());
	}

	List<Entry> entries(Contest contest) {
		return this.store.entries(contest.id())
			.stream()
			.map((e) -> new Entry(e.submissionId(), e.username(), e.problem(), e.verdict(), e.score(),
					this.json.readValue(e.testsJson(), TESTS), e.submittedAt()))
			.toList();
	}

	private String testsJson(List<SubmissionJudged.TestScore> tests) {
		return this.json.writeValueAsString(
				tests.stream().map((t) -> new TestOutcome(t.name(), t.sample(), t.weight(), t.passed())).toList());
	}

}
