package com.mljudge.leaderboards.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mljudge.JudgeApplication;
import com.mljudge.problembank.Kind;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills a database for board benchmarks: {@code --judge.generate.submissions=1000000}
 * writes that many judged submissions from {@code judge.generate.users} users (named
 * bench-u00001 ..., disabled: nobody signs in as them) on {@code judge.generate.problems}
 * coding problems, then rebuilds the boards in bulk. The bank has fewer coding problems
 * than that, so the rest are filler rows in the catalog (slug bench-filler-NNN, title
 * "Benchmark filler", no statement), topics borrowed from real problems. Everything is
 * generate_series SQL. Runs once per database (it stops if bench users exist) after the
 * catalog is loaded, then the app serves on, or exits with
 * {@code judge.generate.exit=true}. Never point it at a database people use. JdbcClient:
 * bulk {@code generate_series} inserts.
 * <p>
 * Load-test code, so it lives in the bench sources and is no part of the shipped app: its
 * {@link #main} runs the app with it (BENCHMARKS.md, "Leaderboards").
 */
@EnableConfigurationProperties(BenchmarkData.Generate.class)
public class BenchmarkData {

	private static final Logger log = LoggerFactory.getLogger(BenchmarkData.class);

	/** The kind of the problems the submissions go to: boards count judged problems. */
	private static final String JUDGED = Kind.CODING.yamlName();

	private final JdbcClient jdbc;

	private final BoardRebuild rebuild;

	private final long submissions;

	private final int users;

	private final int problems;

	private final boolean exit;

	/**
	 * @param submissions judged submissions to write (0: none, the app runs as usual)
	 * @param users bench users who made them
	 * @param problems coding problems they went to, filler rows included
	 * @param exit whether the app stops once they are written
	 */
	@ConfigurationProperties("judge.generate")
	record Generate(@DefaultValue("0") long submissions, @DefaultValue("10000") int users,
			@DefaultValue("200") int problems, @DefaultValue("false") boolean exit) {
	}

	BenchmarkData(JdbcClient jdbc, BoardRebuild rebuild, Generate generate) {
		this.jdbc = jdbc;
		this.rebuild = rebuild;
		this.submissions = generate.submissions();
		this.users = generate.users();
		this.problems = generate.problems();
		this.exit = generate.exit();
	}

	/** The app, with this and {@link BoardRebuild} beside it. */
	public static void main(String[] args) {
		SpringApplication.from(JudgeApplication::main).with(BenchmarkData.class, BoardRebuild.class).run(args);
	}

	@EventListener(ApplicationReadyEvent.class)
	void generate(ApplicationReadyEvent ready) {
		if (this.submissions <= 0) {
			return;
		}
		if (this.jdbc.sql("select count(*) from users where username like 'bench-u%'").query(Long.class).single() > 0) {
			log.info("Benchmark data: bench users exist already; nothing generated");
		}
		else {
			long started = System.nanoTime();
			step("filler problems", this::fillerProblems);
			step("users", this::users);
			step("submissions", this::submissions);
			step("board rebuild", this.rebuild::rebuild);
			// Vacuum sets the visibility map, so counting a board's rows is an index-only
			// scan.
			step("vacuum analyze", () -> this.jdbc.sql("vacuum analyze").update());
			log.info("Benchmark data: {} submissions from {} users on {} problems in {} s", this.submissions,
					this.users, this.problems, (System.nanoTime() - started) / 1_000_000_000);
		}
		if (this.exit) {
			ConfigurableApplicationContext context = ready.getApplicationContext();
			System.exit(SpringApplication.exit(context, () -> 0));
		}
	}

	private void step(String name, Runnable step) {
		long started = System.nanoTime();
		step.run();
		log.info("Benchmark data: {} done in {} ms", name, (System.nanoTime() - started) / 1_000_000);
	}

	private void fillerProblems() {
		this.jdbc.sql("""
				with pool as (
				    select array_agg(distinct t order by t) as topics
				    from problems, unnest(topics) t where kind = :kind
				), missing as (
				    select greatest(0, :target - (select count(*) from problems where kind = :kind)) as n
				)
				insert into problems (slug, kind, title, difficulty, topics, source, statement, content_hash, search)
				select 'bench-filler-' || lpad(i::text, 3, '0'), :kind, 'Benchmark filler ' || i,
				    (array['easy', 'medium', 'hard'])[1 + i % 3],
				    array[pool.topics[1 + i % cardinality(pool.topics)],
				          pool.topics[1 + (i * 7 + 3) % cardinality(pool.topics)]],
				    'Generated by --judge.generate.submissions for benchmarks; not a real problem',
				    'Benchmark data: this row has no statement and cannot be opened.', 'bench-filler',
				    to_tsvector('english', 'benchmark filler')
				from pool, missing, generate_series(1, missing.n) i
				on conflict (slug) do nothing""").param("target", this.problems).param("kind", JUDGED).update();
	}

	private void users() {
		this.jdbc.sql("""
				insert into users (username, password_hash, enabled)
				select 'bench-u' || lpad(i::text, 5, '0'), '!', false from generate_series(1, :n) i""")
			.param("n", this.users)
			.update();
	}

	/**
	 * Activity is skewed like a real site's: a few users and the early problems take most
	 * submissions (the square and 1.5th power of a uniform draw), spread over the last
	 * 120 days; 45% are accepted.
	 */
	private void submissions() {
		this.jdbc
			.sql("""
					with u as (select array_agg(id order by id) as ids from users where username like 'bench-u%'),
					     p as (select array_agg(slug order by slug) as slugs from problems where kind = :kind),
					     r as (select random() as ru, random() as rp, random() as rv, random() as rs,
					                  now() - random() * interval '120 days' as at, 5 + floor(random() * 200)::int as ms
					           from generate_series(1, :n))
					insert into submissions (user_id, problem_slug, mode, source, status, verdict, score, compiler, result,
					    attempts, created_at, finished_at)
					select u.ids[1 + floor(power(r.ru, 2) * cardinality(u.ids))::int],
					    p.slugs[1 + floor(power(r.rp, 1.5) * cardinality(p.slugs))::int],
					    'SUBMIT', '// generated for benchmarks', 'DONE', v.verdict,
					    case when v.verdict = 'ACCEPTED' then 100 else floor(r.rs * 90)::int end, 'janino',
					    jsonb_build_object('tests', jsonb_build_array(jsonb_build_object('name', 'generated', 'sample', false,
					        'weight', 1, 'verdict', v.verdict, 'timeMillis', r.ms)), 'diagnostics', '[]'::jsonb, 'stdout', ''),
					    1, r.at, r.at + make_interval(secs => r.ms / 1000.0)
					from r cross join u cross join p
					cross join lateral (select case when r.rv < 0.45 then 'ACCEPTED' when r.rv < 0.75 then 'WRONG_ANSWER'
					    when r.rv < 0.85 then 'TIME_LIMIT_EXCEEDED' when r.rv < 0.95 then 'COMPILE_ERROR'
					    else 'RUNTIME_ERROR' end as verdict) v""")
			.param("n", this.submissions)
			.param("kind", JUDGED)
			.update();
	}

}
