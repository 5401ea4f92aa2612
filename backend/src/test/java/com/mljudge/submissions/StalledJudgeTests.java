package com.mljudge.submissions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.mljudge.JudgeApplication;
import com.mljudge.judge.Judge;
import com.mljudge.problembank.ProblemBank;
import com.mljudge.support.Await;
import com.mljudge.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One strike: a submission whose sandbox thread would not stop in time gets
 * TIME_LIMIT_EXCEEDED once, is marked and never judged again, and the judge goes on
 * judging the queue with its health UP; a row whose worker died twice is not judged a
 * third time.
 */
class StalledJudgeTests {

	/**
	 * Sorts 4 M ints over and over: a kill lands inside the library sort, which has no
	 * ticks, so with a 1 ms grace the thread is still running when the grace ends.
	 */
	private static final String STALLS = """
			public class Solution {
			    public static double distance(double[] a, double[] b) {
			        int[] x = new int[4_000_000];
			        long s = 0;
			        while (true) {
			            for (int i = 0; i < x.length; i++) { x[i] = (int) (i * 2654435761L); }
			            java.util.Arrays.sort(x);
			            s += x[7];
			            if (s == 42) { return 1.0; }
			        }
			    }
			}
			""";

	private final Path dataDir = TestDatabase.temporaryFolder();

	@Test
	void aSubmissionThatStallsItsJudgeIsTimedOutOnceAndJudgingGoesOn() throws InterruptedException {
		String reference = ProblemBank.loadFromClasspath().get("euclidean-distance").coding().referenceSource();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(JudgeApplication.class).run(
				"--judge.data.dir=" + this.dataDir, "--server.port=0", "--spring.datasource.url=",
				"--judge.admin.password=" + TestDatabase.ADMIN_PASSWORD, "--judge.grace-millis=1")) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			Long admin = jdbc.queryForObject("select id from users where username = 'admin'", Long.class);
			String insert = "insert into submissions (user_id, problem_slug, mode, source) values (?, 'euclidean-distance', 'SUBMIT', ?) returning id";
			Long stalls = jdbc.queryForObject(insert, Long.class, admin, STALLS);
			Long after = jdbc.queryForObject(insert, Long.class, admin, reference);
			// Its worker died twice while judging it (say it crashed the instance).
			Long diedTwice = jdbc.queryForObject(
					"""
							insert into submissions (user_id, problem_slug, mode, source, status, lease_owner, lease_until, attempts)
							values (?, 'euclidean-distance', 'SUBMIT', ?, 'RUNNING', 'a-worker-that-died', now() - interval '1 second', 2)
							returning id""",
					Long.class, admin, reference);
			Await.until("every submission to be judged", Duration.ofMinutes(2), () -> unfinished(jdbc),
					(left) -> left == 0);

			Map<String, Object> stalled = jdbc.queryForMap(
					"select verdict, attempts, stalled_judge, result::text as result from submissions where id = ?",
					stalls);
			assertThat(stalled).containsEntry("verdict", "TIME_LIMIT_EXCEEDED")
				.containsEntry("attempts", 1)
				.containsEntry("stalled_judge", true);
			assertThat(jdbc.queryForMap("select verdict, stalled_judge from submissions where id = ?", after))
				.containsEntry("verdict", "ACCEPTED")
				.containsEntry("stalled_judge", false);
			Map<String, Object> notAgain = jdbc
				.queryForMap("select verdict, result::text as result from submissions where id = ?", diedTwice);
			assertThat(notAgain).containsEntry("verdict", "INTERNAL_ERROR");
			assertThat((String) notAgain.get("result")).contains("not judged again");
			assertThat(app.getBean(Judge.class).health().up()).isTrue();
		}
	}

	private static long unfinished(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select count(*) from submissions where status <> 'DONE'", Long.class);
	}

}
