package com.mljudge.submissions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.mljudge.JudgeApplication;
import com.mljudge.problembank.ProblemBank;
import com.mljudge.support.Await;
import com.mljudge.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue survives the app going away: submissions queued, and one caught mid-judging,
 * by an instance that stops are all judged by the next instance, each exactly once.
 */
class QueueRestartTests {

	private final Path dataDir = TestDatabase.temporaryFolder();

	@Test
	void everySubmissionReachesAVerdictAfterARestart() throws InterruptedException {
		String reference = ProblemBank.loadFromClasspath().get("euclidean-distance").coding().referenceSource();
		try (ConfigurableApplicationContext first = start(false)) {
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			Long admin = jdbc.queryForObject("select id from users where username = 'admin'", Long.class);
			for (int i = 0; i < 5; i++) {
				jdbc.update(
						"insert into submissions (user_id, problem_slug, mode, source) values (?, 'euclidean-distance', 'SUBMIT', ?)",
						admin, reference);
			}
			// One more was being judged when the instance died: its lease says so.
			jdbc.update(
					"""
							insert into submissions (user_id, problem_slug, mode, source, status, lease_owner, lease_until, attempts)
							values (?, 'euclidean-distance', 'SUBMIT', ?, 'RUNNING', 'worker-of-the-stopped-app',
							        now() + interval '2 seconds', 1)""",
					admin, reference);
		}

		try (ConfigurableApplicationContext second = start(true)) {
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			Await.until("every submission to be judged", Duration.ofMinutes(2), () -> unfinished(jdbc),
					(left) -> left == 0);
			List<String> verdicts = jdbc.queryForList("select verdict from submissions order by id", String.class);
			assertThat(verdicts).hasSize(6).containsOnly("ACCEPTED");
			assertThat(jdbc.queryForObject("select max(attempts) from submissions where lease_owner is null",
					Integer.class))
				.isLessThanOrEqualTo(2);
		}
	}

	private static long unfinished(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select count(*) from submissions where status <> 'DONE'", Long.class);
	}

	private ConfigurableApplicationContext start(boolean workers) {
		return new SpringApplicationBuilder(JudgeApplication.class).run("--judge.data.dir=" + this.dataDir,
				"--server.port=0", "--spring.datasource.url=", "--judge.admin.password=" + TestDatabase.ADMIN_PASSWORD,
				"--judge.workers.enabled=" + workers);
	}

}
