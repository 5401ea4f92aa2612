package com.mljudge.leaderboards.internal;

import java.time.Duration;
import java.util.List;

import com.mljudge.database.JobTurns;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proves the boards match the submissions table, and repairs them where they do not.
 * Verdict events reach the boards at least once through the event publication registry;
 * this is the second line: whatever drift there is (a bug, a hand edit, a restore of one
 * table) is found by comparing every entry with what the submissions say (the rules of
 * the benchmarks' BoardRebuild in set form) and every total with the entries, and each
 * differing user's entry and totals are rebuilt under the same per-user lock the live
 * updates take, so a verdict arriving meanwhile is never overwritten with an older state.
 * Runs shortly after start and then every {@code judge.boards.reconcile-every} (reading
 * every judged submission: about a minute on a million). JdbcClient: set-based comparison
 * of every entry and total.
 */
@Component
class BoardReconciliation implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(BoardReconciliation.class);

	static final String JOB = "boards-reconciliation";

	/** One (user, problem) whose entry differs from its submissions. */
	record Drift(long userId, String username, String problem) {
	}

	/** What one pass found and repaired. */
	record Outcome(int entriesChecked, int entriesRepaired, int totalsRepaired) {
	}

	private final JdbcClient jdbc;

	private final BoardUpdates updates;

	private final BoardStore store;

	private final TransactionTemplate transactions;

	private final BoardsProperties properties;

	private final JobTurns turns;

	BoardReconciliation(JdbcClient jdbc, BoardUpdates updates, BoardStore store, TransactionTemplate transactions,
			BoardsProperties properties, JobTurns turns) {
		this.properties = properties;
		this.turns = turns;
		this.jdbc = jdbc;
		this.updates = updates;
		this.store = store;
		this.transactions = transactions;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(new FixedDelayTask(this::scheduled, this.properties.reconcileEvery(),
				this.properties.reconcileFirst()));
	}

	void scheduled() {
		try {
			// One instance per period reads every judged submission, not each of them:
			// the pass repairs the shared tables, so a second one finds nothing. A little
			// less than the period, so the instance whose timer comes first takes it.
			Duration every = this.properties.reconcileEvery();
			if (this.turns.take(JOB, every.minus(every.dividedBy(10)))) {
				reconcile();
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not reconcile the boards with the submissions (tried again at the next run): {}",
					ex.toString());
		}
	}

	Outcome reconcile() {
		long started = System.nanoTime();
		int checked = this.jdbc.sql("select count(*) from board_entries").query(Integer.class).single();
		int entries = 0;
		for (Drift drift : entryDrifts()) {
			if (Boolean.TRUE.equals(this.transactions
				.execute((status) -> this.updates.repair(drift.userId(), drift.username(), drift.problem())))) {
				entries++;
			}
		}
		int totals = 0;
		for (long user : totalDrifts()) {
			if (Boolean.TRUE.equals(this.transactions.execute((status) -> {
				this.store.lockUser(user);
				return this.store.recomputeAllTotals(user);
			}))) {
				totals++;
			}
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		if (entries + totals > 0) {
			log.warn("Boards did not match the submissions: repaired {} entries and the totals of {} more users "
					+ "({} entries checked in {} ms)", entries, totals, checked, millis);
		}
		else {
			log.info("Boards match the submissions ({} entries checked in {} ms)", checked, millis);
		}
		return new Outcome(checked, entries, totals);
	}

	private List<Drift> entryDrifts() {
		return this.jdbc
			.sql("""
					with judged as (
					    select s.id, s.user_id, s.problem_slug, s.verdict, coalesce(s.score, 0) as score, s.created_at,
					        coalesce((select sum((t ->> 'timeMillis')::bigint) from jsonb_array_elements(s.result -> 'tests') t), 0)
					            as millis
					    from submissions s
					    where s.mode = 'SUBMIT' and s.status = 'DONE' and s.verdict is not null
					), expected as (
					    select b.user_id, b.problem_slug, f.id as solve_submission, b.id as best_submission
					    from (select distinct on (user_id, problem_slug) * from judged
					          order by user_id, problem_slug, score desc, millis, created_at, id) b
					    left join (select distinct on (user_id, problem_slug) * from judged where verdict = 'ACCEPTED'
					               order by user_id, problem_slug, created_at, id) f
					        on f.user_id = b.user_id and f.problem_slug = b.problem_slug
					    join problems p on p.slug = b.problem_slug
					), drift as (
					    select coalesce(x.user_id, e.user_id) as user_id, coalesce(x.problem_slug, e.problem_slug) as slug
					    from expected x
					    full join board_entries e on e.user_id = x.user_id and e.problem_slug = x.problem_slug
					    where (x.solve_submission, x.best_submission) is distinct from (e.solve_submission, e.best_submission)
					)
					select d.user_id, u.username, d.slug from drift d join users u on u.id = d.user_id
					order by d.user_id, d.slug""")
			.query((rs, n) -> new Drift(rs.getLong("user_id"), rs.getString("username"), rs.getString("slug")))
			.list();
	}

	private List<Long> totalDrifts() {
		return this.jdbc
			.sql("""
					with expected as (
					    select s.period, t.topic, e.user_id, sum(e.points) as points, count(*) as solved,
					        max(e.solved_at) as reached_at
					    %s
					    where e.solved_at is not null
					    group by s.period, t.topic, e.user_id
					)
					select distinct coalesce(x.user_id, b.user_id)
					from expected x
					full join board_totals b on b.period = x.period and b.topic = x.topic and b.user_id = x.user_id
					where (x.points, x.solved, x.reached_at) is distinct from (b.points, b.solved, b.reached_at)"""
				.formatted(BoardStore.SOLVED_ENTRY_SCOPES))
			.query(Long.class)
			.list();
	}

}
