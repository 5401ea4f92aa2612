package com.mljudge.contests.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One scoreboard render's computation (the database read and the HTML aside): 500 contestants, 10 problems,
 * 6 judged submissions per contestant and problem (30,000 entries), each with 12 tests. ICPC during the freeze
 * as the public sees it, and points with every problem a metric problem (the public/private split per entry).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ScoreboardBenchmarks {

	private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

	private static final String[] VERDICTS = { "WRONG_ANSWER", "COMPILE_ERROR", "TIME_LIMIT_EXCEEDED", "ACCEPTED" };

	private final List<String> contestants = new ArrayList<>();

	private final List<Entry> entries = new ArrayList<>();

	private final List<Scoreboard.Column> columns = new ArrayList<>();

	private final List<Scoreboard.Column> metricColumns = new ArrayList<>();

	private Contest icpc;

	private Contest points;

	@Setup
	public void setUp() {
		Random random = new Random(42);
		List<String> problems = new ArrayList<>();
		List<String> hidden = new ArrayList<>();
		for (int t = 0; t < 10; t++) {
			hidden.add("hidden-" + t);
		}
		for (int p = 0; p < 10; p++) {
			problems.add("problem-" + p);
			this.columns.add(new Scoreboard.Column(Contest.label(p), "problem-" + p, "Problem " + p, false, List.of()));
			this.metricColumns.add(new Scoreboard.Column(Contest.label(p), "problem-" + p, "Problem " + p, true, hidden));
		}
		Instant end = START.plus(Duration.ofHours(5));
		this.icpc = new Contest(1, "bench-icpc", "Bench", "", START, end, Scoring.ICPC, 60, 50, null, problems);
		this.points = new Contest(2, "bench-points", "Bench", "", START, end, Scoring.POINTS, 60, 50, null, problems);
		long id = 0;
		for (int u = 0; u < 500; u++) {
			String user = "user" + u;
			this.contestants.add(user);
			for (String problem : problems) {
				for (int s = 0; s < 6; s++) {
					List<TestOutcome> tests = new ArrayList<>();
					tests.add(new TestOutcome("sample-0", true, 1, true));
					tests.add(new TestOutcome("sample-1", true, 1, random.nextBoolean()));
					hidden.forEach((name) -> tests.add(new TestOutcome(name, false, 1 + random.nextInt(2), random.nextBoolean())));
					this.entries.add(new Entry(++id, user, problem, VERDICTS[random.nextInt(VERDICTS.length)],
							random.nextInt(101), tests, START.plusSeconds(random.nextInt(5 * 3600))));
				}
			}
		}
	}

	@Benchmark
	public Scoreboard.Board icpcFrozen() {
		return Scoreboard.compute(this.icpc, this.columns, this.contestants, this.entries, Scoreboard.Viewer.PUBLIC,
				START.plus(Duration.ofMinutes(270)));
	}

	@Benchmark
	public Scoreboard.Board pointsMetricSplit() {
		return Scoreboard.compute(this.points, this.metricColumns, this.contestants, this.entries,
				Scoreboard.Viewer.ADMIN, START.plus(Duration.ofMinutes(100)));
	}

}
