package com.mljudge.contests.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.mljudge.contests.internal.Scoreboard.Board;
import com.mljudge.contests.internal.Scoreboard.Viewer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every open scoreboard polls every few seconds, so one contest's board is asked for
 * again and again with nothing changed. A computed board is reused for a short while, as
 * long as the contest's settings and the board's mode (live, frozen, final) are still the
 * same; recording a submission or a registration drops the contest's boards once its
 * transaction commits. Another instance's changes show within {@link #TTL}.
 */
@Component
class BoardCache {

	static final Duration TTL = Duration.ofSeconds(2);

	private record Key(long contestId, Viewer viewer) {
	}

	private record Cached(Contest contest, Board board, Instant computedAt) {
	}

	private final Map<Key, Cached> boards = new ConcurrentHashMap<>();

	Board get(Contest contest, Viewer viewer, Instant now, Supplier<Board> compute) {
		Key key = new Key(contest.id(), viewer);
		Cached cached = this.boards.get(key);
		if (cached != null && cached.contest().equals(contest) && cached.computedAt().plus(TTL).isAfter(now)
				&& !now.isBefore(cached.computedAt())
				&& cached.board().mode() == Scoreboard.mode(contest, viewer, now)) {
			return cached.board();
		}
		Board board = compute.get();
		this.boards.put(key, new Cached(contest, board, now));
		return board;
	}

	/**
	 * Forgets the contest's boards now, and again after the current transaction commits.
	 */
	void invalidate(long contestId) {
		forget(contestId);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					forget(contestId);
				}

			});
		}
	}

	private void forget(long contestId) {
		this.boards.keySet().removeIf((key) -> key.contestId() == contestId);
	}

}
