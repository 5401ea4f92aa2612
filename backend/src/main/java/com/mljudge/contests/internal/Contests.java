package com.mljudge.contests.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.mljudge.contests.internal.Scoreboard.Board;
import com.mljudge.contests.internal.Scoreboard.Column;
import com.mljudge.contests.internal.Scoreboard.Viewer;
import com.mljudge.problembank.Problem;
import com.mljudge.problembank.TestSpec;
import com.mljudge.problems.ProblemCatalog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contests as admins run them and contestants meet them: create, edit, delete, register,
 * the board.
 */
@Service
class Contests {

	private final ContestStore store;

	private final ContestValidation validation;

	private final ContestEntries entries;

	private final ProblemCatalog catalog;

	private final BoardCache boards;

	Contests(ContestStore store, ContestValidation validation, ContestEntries entries, ProblemCatalog catalog,
			BoardCache boards) {
		this.store = store;
		this.validation = validation;
		this.entries = entries;
		this.catalog = catalog;
		this.boards = boards;
	}

	List<Contest> all() {
		return this.store.all();
	}

	/**
	 * @throws UnknownContestException when no contest has this slug
	 */
	Contest get(String slug) {
		return this.store.find(slug).orElseThrow(() -> new UnknownContestException(slug));
	}

	@Transactional
	Contest create(ContestRequest request) {
		ContestDraft draft = this.validation.validate(request, null);
		if (this.store.find(draft.slug()).isPresent()) {
			throw new InvalidContestException(Map.of("slug", "A contest named '" + draft.slug() + "' exists already."));
		}
		this.store.insert(draft);
		return get(draft.slug());
	}

	/**
	 * Any setting but the slug may change, at any time (say, to move the end);
	 * contestants' entries follow.
	 */
	@Transactional
	Contest update(String slug, ContestRequest request) {
		Contest existing = get(slug);
		this.store.update(existing.id(), this.validation.validate(request, existing));
		Contest updated = get(slug);
		// A wider window or a new problem can make earlier submissions count.
		this.store.contestants(updated.id()).forEach((user) -> this.entries.backfill(updated, user));
		return updated;
	}

	/** Only before the start: once it runs, contestants' results belong to it. */
	@Transactional
	void delete(String slug, Instant now) {
		Contest contest = get(slug);
		if (!contest.upcoming(now)) {
			throw new ContestConflictException(
					"Contest '" + slug + "' has started; only upcoming contests can be deleted.");
		}
		this.store.delete(contest.id());
	}

	@Transactional
	Contest unfreeze(String slug, Instant now) {
		Contest contest = get(slug);
		this.store.unfreeze(contest.id(), now);
		return get(slug);
	}

	/**
	 * Registers the user (a second time changes nothing); false when already registered.
	 */
	@Transactional
	boolean register(String slug, String username, Instant now) {
		Contest contest = get(slug);
		if (contest.ended(now)) {
			throw new ContestConflictException("Contest '" + slug + "' has ended; registration is closed.");
		}
		boolean added = this.store.register(contest.id(), username);
		if (added) {
			this.entries.backfill(contest, username);
		}
		return added;
	}

	boolean registered(Contest contest, String username) {
		return username != null && this.store.registered(contest.id(), username);
	}

	int contestantCount(Contest contest) {
		return this.store.contestants(contest.id()).size();
	}

	Board board(Contest contest, Viewer viewer, Instant now) {
		return this.boards.get(contest, viewer, now, () -> Scoreboard.compute(contest, columns(contest),
				this.store.contestants(contest.id()), this.entries.entries(contest), viewer, now));
	}

	/**
	 * The contest's problems as board columns; metric problems list their hidden tests
	 * for the split.
	 */
	List<Column> columns(Contest contest) {
		List<String> problems = contest.problems();
		return IntStream.range(0, problems.size()).mapToObj((i) -> {
			String slug = problems.get(i);
			Problem problem = this.catalog.find(slug).orElse(null);
			if (problem == null || !problem.isCoding()) {
				return new Column(Contest.label(i), slug, slug, false, List.of());
			}
			boolean metric = "metric".equals(problem.coding().checker().type());
			List<String> hidden = problem.coding()
				.tests()
				.stream()
				.filter((t) -> !t.sample())
				.map(TestSpec::name)
				.toList();
			return new Column(Contest.label(i), slug, problem.title(), metric, hidden);
		}).toList();
	}

}
