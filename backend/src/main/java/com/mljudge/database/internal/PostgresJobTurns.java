package com.mljudge.database.internal;

import java.time.Duration;

import com.mljudge.database.JobTurns;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link JobTurns} as one row per job: taking a turn moves its claim forward only when
 * the last claim has run out, in one statement, so two instances asking at once cannot
 * both get it (the row lock decides). JdbcClient: the claim is one conditional update.
 */
@Component
class PostgresJobTurns implements JobTurns {

	private final JdbcClient jdbc;

	PostgresJobTurns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean take(String job, Duration period) {
		return this.jdbc.sql("""
				insert into job_turns (job, claimed_until) values (:job, now() + make_interval(secs => :seconds))
				on conflict (job) do update set claimed_until = excluded.claimed_until
				where job_turns.claimed_until <= now()
				returning job
				""")
			.param("job", job)
			.param("seconds", period.toMillis() / 1000.0)
			.query(String.class)
			.optional()
			.isPresent();
	}

}
