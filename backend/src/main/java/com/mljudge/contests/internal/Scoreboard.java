package com.mljudge.contests.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.mljudge.accounts.CurrentUser;

/**
 * Computes a contest's board from its judged submissions at a given moment, for a given
 * viewer. Pure: the time is a parameter, so freeze, unfreeze and the public/private
 * switch are tested with fixed instants.
 */
final class Scoreboard {

	static final int PENALTY_PER_REJECTED_TRY = 20;

	private Scoreboard() {
	}

	/** Who is looking: admins see through the freeze. */
	enum Viewer {

		PUBLIC, ADMIN;

		static Viewer of(CurrentUser user) {
			return user.isAdmin() ? ADMIN : PUBLIC;
		}

	}

	/**
	 * What the board shows: live results, the frozen board, the live one behind a freeze,
	 * or the final one.
	 */
	enum Mode {

		LIVE, FROZEN, ADMIN_LIVE, FINAL

	}

	/**
	 * A problem column; {@code hiddenTests} name its non-sample tests, split
	 * public/private when metric.
	 */
	record Column(String label, String problem, String title, boolean metric, List<String> hiddenTests) {

		Column {
			hiddenTests = List.copyOf(hiddenTests);
		}

	}

	/**
	 * One contestant on one problem. {@code tries} counts judged tries that count
	 * (compile errors do not), up to and including the first accept; {@code pending}
	 * those made after the freeze, shown without a result. {@code minutes} is the time of
	 * the solve (ICPC) or of the best score (points).
	 */
	record Cell(String problem, int tries, int pending, boolean solved, Long minutes, Integer score, boolean first) {

		public boolean attempted() {
			return this.tries > 0 || this.pending > 0;
		}

	}

	/**
	 * {@code lastMinutes}: the last solve (ICPC) or the moment the total was reached
	 * (points).
	 */
	record Row(int rank, String username, int solved, long penalty, int points, Long lastMinutes, List<Cell> cells) {

		public Cell cell(String problem) {
			return this.cells.stream().filter((c) -> c.problem().equals(problem)).findFirst().orElse(null);
		}

	}

	record Board(Mode mode, Scoring scoring, List<Column> columns, List<Row> rows) {

		public boolean frozen() {
			return this.mode == Mode.FROZEN;
		}

		public boolean adminLive() {
			return this.mode == Mode.ADMIN_LIVE;
		}

		public boolean finalResults() {
			return this.mode == Mode.FINAL;
		}

		/** How many contestants solved the problem, as the board's footer shows it. */
		public long solvedCount(String problem) {
			return this.rows.stream().map((r) -> r.cell(problem)).filter((c) -> c != null && c.solved()).count();
		}

		/** How many tries the problem got in all, pending ones included. */
		public long tryCount(String problem) {
			return this.rows.stream()
				.map((r) -> r.cell(problem))
				.filter((c) -> c != null)
				.mapToLong((c) -> c.tries() + c.pending())
				.sum();
		}

		public Row row(String username) {
			return this.rows.stream().filter((r) -> r.username().equalsIgnoreCase(username)).findFirst().orElse(null);
		}

	}

	static Mode mode(Contest contest, Viewer viewer, Instant now) {
		if (contest.ended(now)) {
			return Mode.FINAL;
		}
		if (contest.frozen(now)) {
			return (viewer == Viewer.ADMIN) ? Mode.ADMIN_LIVE : Mode.FROZEN;
		}
		return Mode.LIVE;
	}

	/**
	 * @param contestants registered users (every one gets a row)
	 * @param entries judged submissions; those outside the window, of others or to other
	 * problems are ignored
	 */
	static Board compute(Contest contest, List<Column> columns, Collection<String> contestants, List<Entry> entries,
			Viewer viewer, Instant now) {
		Mode mode = mode(contest, viewer, now);
		Instant cutoff = (mode == Mode.FROZEN) ? contest.freezesAt() : null;
		Map<String, Predicate<String>> sides = new HashMap<>();
		for (Column column : columns) {
			if (column.metric() && contest.scoring() == Scoring.POINTS) {
				Set<String> open = PublicSplit.publicTests(contest.slug(), column.hiddenTests(),
						contest.publicPercent());
				sides.put(column.problem(), (mode == Mode.FINAL) ? (name) -> !open.contains(name) : open::contains);
			}
		}
		Map<String, Map<String, List<Entry>>> byUser = new LinkedHashMap<>();
		contestants.stream().sorted(String.CASE_INSENSITIVE_ORDER).forEach((u) -> byUser.put(u, new HashMap<>()));
		entries.stream()
			.filter((e) -> contest.inWindow(e.submittedAt()) && byUser.containsKey(e.username()))
			.sorted(Comparator.comparing(Entry::submittedAt).thenComparingLong(Entry::submissionId))
			.forEach((e) -> byUser.get(e.username()).computeIfAbsent(e.problem(), (p) -> new ArrayList<>()).add(e));
		List<Row> rows = new ArrayList<>();
		byUser.forEach((user, perProblem) -> rows.add(row(contest, columns, user, perProblem, cutoff, sides)));
		return new Board(mode, contest.scoring(), columns, rank(contest.scoring(), markFirsts(columns, rows)));
	}

	private static Row row(Contest contest, List<Column> columns, String user, Map<String, List<Entry>> perProblem,
			Instant cutoff, Map<String, Predicate<String>> sides) {
		List<Cell> cells = new ArrayList<>();
		int solved = 0;
		long penalty = 0;
		int points = 0;
		Long last = null;
		for (Column column : columns) {
			Tries tries = Tries.of(perProblem.getOrDefault(column.problem(), List.of()), cutoff);
			Cell cell = (contest.scoring() == Scoring.ICPC) ? icpcCell(contest, column, tries)
					: pointsCell(contest, column, tries, sides.get(column.problem()));
			cells.add(cell);
			if (cell.solved()) {
				solved++;
			}
			if (contest.scoring() == Scoring.ICPC && cell.solved()) {
				penalty += cell.minutes() + (long) PENALTY_PER_REJECTED_TRY * (cell.tries() - 1);
				last = (last == null) ? cell.minutes() : Math.max(last, cell.minutes());
			}
			if (contest.scoring() == Scoring.POINTS && cell.score() != null && cell.score() > 0) {
				points += cell.score();
				last = (last == null) ? cell.minutes() : Math.max(last, cell.minutes());
			}
		}
		return new Row(0, user, solved, penalty, points, last, cells);
	}

	private static Cell icpcCell(Contest contest, Column column, Tries tries) {
		int count = 0;
		for (Entry entry : tries.judged()) {
			count++;
			if (entry.accepted()) {
				// Tries after the first accepted one do not count; pending ones all come
				// after it (in time order, past the cutoff).
				Long minutes = minutesFromStart(contest, entry.submittedAt());
				return new Cell(column.problem(), count, 0, true, minutes, null, false);
			}
		}
		return new Cell(column.problem(), count, tries.pending(), false, null, null, false);
	}

	private static Cell pointsCell(Contest contest, Column column, Tries tries, Predicate<String> side) {
		Integer best = null;
		Long minutes = null;
		for (Entry entry : tries.judged()) {
			Integer split = (side != null) ? PublicSplit.score(entry.tests(), side) : null;
			int score = (split != null) ? split : entry.score();
			if (best == null || score > best) {
				best = score;
				minutes = minutesFromStart(contest, entry.submittedAt());
			}
		}
		return new Cell(column.problem(), tries.judged().size(), tries.pending(), best != null && best == 100, minutes,
				best, false);
	}

	/**
	 * One contestant's tries at one problem in time order, split at the freeze's cutoff:
	 * those before it are judged on the board, those after it only counted as pending.
	 */
	private record Tries(List<Entry> judged, int pending) {

		static Tries of(List<Entry> entries, Instant cutoff) {
			List<Entry> judged = new ArrayList<>();
			int pending = 0;
			for (Entry entry : entries) {
				if (!entry.countsAsTry()) {
					continue;
				}
				if (cutoff != null && !entry.submittedAt().isBefore(cutoff)) {
					pending++;
				}
				else {
					judged.add(entry);
				}
			}
			return new Tries(judged, pending);
		}

	}

	/**
	 * Highlights, per problem, the earliest solve (ICPC) or earliest full score (points);
	 * ties all count.
	 */
	private static List<Row> markFirsts(List<Column> columns, List<Row> rows) {
		Map<String, Long> first = new HashMap<>();
		for (Row row : rows) {
			for (Cell cell : row.cells()) {
				if (cell.solved()) {
					first.merge(cell.problem(), cell.minutes(), Math::min);
				}
			}
		}
		return rows.stream()
			.map((row) -> new Row(row.rank(), row.username(), row.solved(), row.penalty(), row.points(),
					row.lastMinutes(),
					row.cells()
						.stream()
						.map((c) -> new Cell(c.problem(), c.tries(), c.pending(), c.solved(), c.minutes(), c.score(),
								c.solved() && c.minutes().equals(first.get(c.problem()))))
						.toList()))
			.toList();
	}

	/**
	 * Sorts and numbers the rows; contestants equal on every ranking key share a rank.
	 */
	private static List<Row> rank(Scoring scoring, List<Row> rows) {
		Comparator<Row> order = (scoring == Scoring.ICPC)
				? Comparator.comparingInt((Row r) -> -r.solved())
					.thenComparingLong(Row::penalty)
					.thenComparing(Row::lastMinutes, Comparator.nullsFirst(Comparator.naturalOrder()))
				: Comparator.comparingInt((Row r) -> -r.points())
					.thenComparing(Row::lastMinutes, Comparator.nullsFirst(Comparator.naturalOrder()));
		List<Row> sorted = rows.stream()
			.sorted(order.thenComparing(Row::username, String.CASE_INSENSITIVE_ORDER))
			.toList();
		List<Row> ranked = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			Row row = sorted.get(i);
			int rank = (i > 0 && order.compare(sorted.get(i - 1), row) == 0) ? ranked.get(i - 1).rank() : i + 1;
			ranked.add(new Row(rank, row.username(), row.solved(), row.penalty(), row.points(), row.lastMinutes(),
					row.cells()));
		}
		return ranked;
	}

	private static long minutesFromStart(Contest contest, Instant at) {
		return Duration.between(contest.startsAt(), at).toMinutes();
	}

}
