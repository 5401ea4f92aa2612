package com.mljudge.contests.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.mljudge.contests.internal.Scoreboard.Board;
import com.mljudge.contests.internal.Scoreboard.Cell;
import com.mljudge.contests.internal.Scoreboard.Column;
import com.mljudge.contests.internal.Scoreboard.Mode;
import com.mljudge.contests.internal.Scoreboard.Row;
import com.mljudge.contests.internal.Scoreboard.Viewer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board's rules at fixed instants: ICPC order and penalties, freeze, unfreeze,
 * public/private split.
 */
class ScoreboardTests {

	private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

	private static final Instant END = START.plus(Duration.ofHours(2));

	private static final List<Column> TWO_PROBLEMS = List.of(new Column("A", "a", "A", false, List.of()),
			new Column("B", "b", "B", false, List.of()));

	private final List<Entry> entries = new ArrayList<>();

	@Test
	void moreSolvedRanksFirstThenLowerPenalty() {
		accepted("ann", "a", 50);
		accepted("ann", "b", 60);
		accepted("bob", "a", 10);
		accepted("cid", "a", 30);
		Board board = icpc(0, Viewer.PUBLIC, START.plus(Duration.ofMinutes(90)));
		assertThat(board.rows()).extracting(Row::username).containsExactly("ann", "bob", "cid");
		assertThat(board.rows()).extracting(Row::rank).containsExactly(1, 2, 3);
		assertThat(board.row("ann").penalty()).isEqualTo(110);
		assertThat(board.row("bob").penalty()).isEqualTo(10);
	}

	@Test
	void samePenaltyGoesToTheEarlierLastSolve() {
		// ann: 10 + 50 = 60; bob: 30 + 30 = 60. ann's last solve (50) is later than bob's
		// (30).
		accepted("ann", "a", 10);
		accepted("ann", "b", 50);
		accepted("bob", "a", 30);
		accepted("bob", "b", 30);
		Board board = icpc(0, Viewer.PUBLIC, END);
		assertThat(board.row("ann").penalty()).isEqualTo(board.row("bob").penalty()).isEqualTo(60);
		assertThat(board.rows()).extracting(Row::username).containsExactly("bob", "ann", "cid");
		assertThat(board.rows()).extracting(Row::rank).containsExactly(1, 2, 3);
	}

	@Test
	void contestantsEqualOnEveryKeyShareARank() {
		accepted("bob", "a", 20);
		accepted("ann", "a", 20);
		Board board = icpc(0, Viewer.PUBLIC, END);
		assertThat(board.rows()).extracting(Row::rank).containsExactly(1, 1, 3);
		assertThat(board.rows()).extracting(Row::username).containsExactly("ann", "bob", "cid");
	}

	@Test
	void eachRejectedTryCostsTwentyMinutesAndCompileErrorsAreFree() {
		judged("ann", "a", 5, "WRONG_ANSWER", 40);
		judged("ann", "a", 6, "COMPILE_ERROR", 0);
		judged("ann", "a", 7, "TIME_LIMIT_EXCEEDED", 0);
		judged("ann", "a", 8, "COMPILE_ERROR", 0);
		accepted("ann", "a", 12);
		// Tries after the accept change nothing.
		judged("ann", "a", 30, "WRONG_ANSWER", 0);
		Board board = icpc(0, Viewer.PUBLIC, END);
		Cell cell = board.row("ann").cell("a");
		assertThat(cell.solved()).isTrue();
		assertThat(cell.tries()).isEqualTo(3);
		assertThat(cell.minutes()).isEqualTo(12);
		assertThat(board.row("ann").penalty()).isEqualTo(12 + 2 * 20);
	}

	@Test
	void unsolvedProblemsAddNoPenalty() {
		judged("ann", "a", 5, "WRONG_ANSWER", 0);
		judged("ann", "a", 6, "WRONG_ANSWER", 0);
		Board board = icpc(0, Viewer.PUBLIC, END);
		assertThat(board.row("ann").penalty()).isZero();
		assertThat(board.row("ann").cell("a").tries()).isEqualTo(2);
		assertThat(board.row("ann").cell("a").solved()).isFalse();
	}

	@Test
	void duringTheFreezeThePublicSeesLaterTriesAsPendingAndAdminsSeeThemLive() {
		accepted("ann", "a", 20);
		judged("bob", "a", 95, "WRONG_ANSWER", 0);
		accepted("bob", "a", 100);
		Instant duringFreeze = START.plus(Duration.ofMinutes(110));
		Board frozen = icpc(30, Viewer.PUBLIC, duringFreeze);
		assertThat(frozen.mode()).isEqualTo(Mode.FROZEN);
		Cell bobFrozen = frozen.row("bob").cell("a");
		assertThat(bobFrozen.solved()).isFalse();
		assertThat(bobFrozen.tries()).isZero();
		assertThat(bobFrozen.pending()).isEqualTo(2);
		assertThat(frozen.row("ann").cell("a").solved()).isTrue();

		Board live = icpc(30, Viewer.ADMIN, duringFreeze);
		assertThat(live.mode()).isEqualTo(Mode.ADMIN_LIVE);
		assertThat(live.row("bob").cell("a").solved()).isTrue();
		assertThat(live.row("bob").cell("a").pending()).isZero();
	}

	@Test
	void beforeTheFreezeEveryoneSeesTheLiveBoard() {
		accepted("ann", "a", 20);
		Board board = icpc(30, Viewer.PUBLIC, START.plus(Duration.ofMinutes(60)));
		assertThat(board.mode()).isEqualTo(Mode.LIVE);
		assertThat(board.row("ann").cell("a").solved()).isTrue();
	}

	@Test
	void theBoardUnfreezesForEveryoneAtTheEnd() {
		accepted("bob", "a", 100);
		Board board = icpc(30, Viewer.PUBLIC, END);
		assertThat(board.mode()).isEqualTo(Mode.FINAL);
		assertThat(board.row("bob").cell("a").solved()).isTrue();
		assertThat(board.rows().get(0).username()).isEqualTo("bob");
	}

	@Test
	void anAdminCanLiftTheFreezeBeforeTheEnd() {
		accepted("bob", "a", 100);
		Contest lifted = contest(Scoring.ICPC, 30, START.plus(Duration.ofMinutes(105)));
		Board board = Scoreboard.compute(lifted, TWO_PROBLEMS, users(), this.entries, Viewer.PUBLIC,
				START.plus(Duration.ofMinutes(110)));
		assertThat(board.mode()).isEqualTo(Mode.LIVE);
		assertThat(board.row("bob").cell("a").solved()).isTrue();
	}

	@Test
	void onlyRegisteredContestantsSubmissionsInsideTheWindowCount() {
		this.entries.add(new Entry(1, "ann", "a", "ACCEPTED", 100, List.of(), START.minusSeconds(1)));
		this.entries.add(new Entry(2, "ann", "b", "ACCEPTED", 100, List.of(), END));
		this.entries.add(new Entry(3, "eve", "a", "ACCEPTED", 100, List.of(), START.plusSeconds(60)));
		Board board = icpc(0, Viewer.PUBLIC, END);
		assertThat(board.rows()).extracting(Row::username).containsExactly("ann", "bob", "cid");
		assertThat(board.row("ann").solved()).isZero();
		assertThat(board.row("ann").cell("a").attempted()).isFalse();
	}

	@Test
	void theFirstSolveOfEachProblemIsMarked() {
		accepted("ann", "a", 40);
		accepted("bob", "a", 15);
		accepted("ann", "b", 70);
		Board board = icpc(0, Viewer.PUBLIC, END);
		assertThat(board.row("bob").cell("a").first()).isTrue();
		assertThat(board.row("ann").cell("a").first()).isFalse();
		assertThat(board.row("ann").cell("b").first()).isTrue();
		assertThat(board.solvedCount("a")).isEqualTo(2);
		assertThat(board.tryCount("a")).isEqualTo(2);
	}

	@Test
	void pointsSumTheBestScorePerProblemAndTiesGoToWhoReachedTheTotalFirst() {
		judged("ann", "a", 10, "WRONG_ANSWER", 60);
		judged("ann", "a", 20, "WRONG_ANSWER", 40);
		judged("ann", "b", 50, "WRONG_ANSWER", 40);
		judged("bob", "a", 5, "WRONG_ANSWER", 100);
		judged("bob", "b", 40, "WRONG_ANSWER", 0);
		Board board = Scoreboard.compute(contest(Scoring.POINTS, 0, null), TWO_PROBLEMS, users(), this.entries,
				Viewer.PUBLIC, END);
		assertThat(board.row("ann").points()).isEqualTo(100);
		assertThat(board.row("ann").lastMinutes()).isEqualTo(50);
		assertThat(board.row("bob").points()).isEqualTo(100);
		assertThat(board.row("bob").lastMinutes()).isEqualTo(5);
		assertThat(board.rows()).extracting(Row::username).containsExactly("bob", "ann", "cid");
		assertThat(board.row("ann").cell("a").score()).isEqualTo(60);
		assertThat(board.row("ann").cell("a").tries()).isEqualTo(2);
	}

	@Test
	void metricProblemsScoreThePublicTestsLiveAndThePrivateTestsAtTheEnd() {
		List<String> hidden = List.of("h1", "h2", "h3", "h4", "h5", "h6");
		Contest contest = contest(Scoring.POINTS, 0, null);
		Set<String> open = PublicSplit.publicTests(contest.slug(), hidden, 50);
		assertThat(open).hasSize(3);
		// Passes every public test and no private one; the sample does not count on
		// either side.
		List<TestOutcome> tests = new ArrayList<>(List.of(new TestOutcome("sample", true, 1, false)));
		hidden.forEach((name) -> tests.add(new TestOutcome(name, false, 1, open.contains(name))));
		this.entries.add(new Entry(1, "ann", "m", "WRONG_ANSWER", 50, tests, START.plusSeconds(600)));
		List<Column> columns = List.of(new Column("A", "m", "Metric", true, hidden));

		Board live = Scoreboard.compute(contest, columns, users(), this.entries, Viewer.PUBLIC,
				START.plus(Duration.ofMinutes(60)));
		assertThat(live.row("ann").points()).isEqualTo(100);
		Board finalBoard = Scoreboard.compute(contest, columns, users(), this.entries, Viewer.PUBLIC, END);
		assertThat(finalBoard.mode()).isEqualTo(Mode.FINAL);
		assertThat(finalBoard.row("ann").points()).isZero();
	}

	@Test
	void theSplitIsStablePerContestAndKeepsBothSidesNonEmpty() {
		List<String> hidden = List.of("t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9", "t10");
		assertThat(PublicSplit.publicTests("spring-cup", hidden, 30))
			.isEqualTo(PublicSplit.publicTests("spring-cup", hidden, 30))
			.hasSize(3);
		assertThat(PublicSplit.publicTests("spring-cup", hidden, 1)).hasSize(1);
		assertThat(PublicSplit.publicTests("spring-cup", hidden, 99)).hasSize(9);
		boolean differs = false;
		for (int i = 0; i < 20 && !differs; i++) {
			differs = !PublicSplit.publicTests("cup-" + i, hidden, 50)
				.equals(PublicSplit.publicTests("spring-cup", hidden, 50));
		}
		assertThat(differs).isTrue();
	}

	private Board icpc(int freezeMinutes, Viewer viewer, Instant now) {
		return Scoreboard.compute(contest(Scoring.ICPC, freezeMinutes, null), TWO_PROBLEMS, users(), this.entries,
				viewer, now);
	}

	private static List<String> users() {
		return List.of("cid", "bob", "ann");
	}

	private static Contest contest(Scoring scoring, int freezeMinutes, Instant unfrozenAt) {
		return new Contest(1, "spring-cup", "Spring cup", "", START, END, scoring, freezeMinutes, 50, unfrozenAt,
				List.of("a", "b"));
	}

	private void accepted(String user, String problem, int minute) {
		judged(user, problem, minute, "ACCEPTED", 100);
	}

	private void judged(String user, String problem, int minute, String verdict, int score) {
		this.entries.add(new Entry(this.entries.size() + 1, user, problem, verdict, score, List.of(),
				START.plus(Duration.ofMinutes(minute)).plusSeconds(30)));
	}

}
