package com.mljudge.contests.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.mljudge.contests.internal.Scoreboard.Board;
import com.mljudge.contests.internal.Scoreboard.Viewer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reusing a polled board: only while nothing that shapes it changed. */
class BoardCacheTests {

	private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

	private final BoardCache cache = new BoardCache();

	private final AtomicInteger computed = new AtomicInteger();

	private final Contest contest = new Contest(7, "cup", "Cup", "", START, START.plus(Duration.ofHours(2)),
			Scoring.ICPC, 30, 50, null, List.of("a"));

	@Test
	void aBoardIsReusedWithinTheTtlForTheSameViewer() {
		board(this.contest, Viewer.PUBLIC, START.plusSeconds(60));
		board(this.contest, Viewer.PUBLIC, START.plusSeconds(61));
		assertThat(this.computed).hasValue(1);
		board(this.contest, Viewer.ADMIN, START.plusSeconds(61));
		assertThat(this.computed).hasValue(2);
		board(this.contest, Viewer.PUBLIC, START.plusSeconds(60).plus(BoardCache.TTL));
		assertThat(this.computed).hasValue(3);
	}

	@Test
	void aNewSubmissionOrAnEditedContestMeansANewBoard() {
		board(this.contest, Viewer.PUBLIC, START.plusSeconds(60));
		this.cache.invalidate(this.contest.id());
		board(this.contest, Viewer.PUBLIC, START.plusSeconds(61));
		assertThat(this.computed).hasValue(2);
		Contest unfrozen = new Contest(7, "cup", "Cup", "", this.contest.startsAt(), this.contest.endsAt(),
				Scoring.ICPC, 30, 50, START.plusSeconds(61), List.of("a"));
		board(unfrozen, Viewer.PUBLIC, START.plusSeconds(62));
		assertThat(this.computed).hasValue(3);
	}

	@Test
	void theFreezeStartingMeansANewBoardAtOnce() {
		Instant justBefore = this.contest.freezesAt().minusMillis(500);
		assertThat(board(this.contest, Viewer.PUBLIC, justBefore).mode()).isEqualTo(Scoreboard.Mode.LIVE);
		assertThat(board(this.contest, Viewer.PUBLIC, justBefore.plusSeconds(1)).mode())
			.isEqualTo(Scoreboard.Mode.FROZEN);
		assertThat(this.computed).hasValue(2);
	}

	private Board board(Contest contest, Viewer viewer, Instant now) {
		return this.cache.get(contest, viewer, now, () -> {
			this.computed.incrementAndGet();
			return Scoreboard.compute(contest, List.of(), List.of(), List.of(), viewer, now);
		});
	}

}
