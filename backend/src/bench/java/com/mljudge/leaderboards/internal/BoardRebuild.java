package com.mljudge.leaderboards.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds every board from the submissions table in bulk SQL: the same rules as
 * {@link BoardEntry} (first accepted submission earns the points, best by score, run
 * time, time) in set form. Live boards never use it; it fills the tables after
 * {@link BenchmarkData} wrote a million rows at once, where replaying a million events
 * would take far longer. Run it on a quiet database: verdicts arriving meanwhile may be
 * lost. JdbcClient: set-based SQL over every judged submission.
 */
class BoardRebuild {

	private static final Logger log = LoggerFactory.getLogger(BoardRebuild.class);

	private final JdbcClient jdbc;

	BoardRebuild(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	void rebuild() {
		long started = System.nanoTime();
		// The two "distinct on" passes sort every judged submission: let them sort in
		// memory, not on disk.
		this.jdbc.sql("set local work_mem = '256MB'").update();
		this.jdbc.sql("truncate board_totals, board_entries").update();
		this.jdbc
			.sql("""
					create temporary table judged_submissions on commit drop as
					select s.id, s.user_id, s.problem_slug, s.verdict, coalesce(s.score, 0) as score, s.created_at,
					    coalesce((select sum((t ->> 'timeMillis')::bigint) from jsonb_array_elements(s.result -> 'tests') t), 0)
					        as millis
					from submissions s
					where s.mode = 'SUBMIT' and s.status = 'DONE' and s.verdict is not null""")
			.update();
		int entries = this.jdbc
			.sql("""
					insert into board_entries (user_id, problem_slug, solved_at, solve_submission, solve_millis, points,
					    best_score, best_millis, best_at, best_submission)
					select b.user_id, b.problem_slug, f.created_at, f.id, f.millis,
					    case when f.id is null then 0
					         when p.difficulty = 'hard' then :hard when p.difficulty = 'medium' then :medium else :easy end,
					    b.score, b.millis, b.created_at, b.id
					from (select distinct on (user_id, problem_slug) * from judged_submissions
					      order by user_id, problem_slug, score desc, millis, created_at, id) b
					left join (select distinct on (user_id, problem_slug) * from judged_submissions where verdict = 'ACCEPTED'
					           order by user_id, problem_slug, created_at, id) f
					    on f.user_id = b.user_id and f.problem_slug = b.problem_slug
					join problems p on p.slug = b.problem_slug""")
			.param("easy", Points.EASY)
			.param("medium", Points.MEDIUM)
			.param("hard", Points.HARD)
			.update();
		int totals = this.jdbc.sql("""
				insert into board_totals (period, topic, user_id, points, solved, reached_at)
				select s.period, t.topic, e.user_id, sum(e.points), count(*), max(e.solved_at)
				%s
				where e.solved_at is not null
				group by s.period, t.topic, e.user_id""".formatted(BoardStore.SOLVED_ENTRY_SCOPES)).update();
		log.info("Boards rebuilt from the submissions table: {} entries, {} totals in {} ms", entries, totals,
				(System.nanoTime() - started) / 1_000_000);
	}

}
