package com.mljudge.web;

import java.time.Duration;

import com.mljudge.database.JobTurns;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Deletes expired sessions from the session table once a minute, on one instance at a
 * time (Spring Session's own sweep, which every instance would run, is off:
 * {@code spring.session.jdbc.cleanup-cron=-}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ExpiredSessions {

	static final String JOB = "expired-sessions";

	private static final Duration PERIOD = Duration.ofMinutes(1);

	private final JdbcIndexedSessionRepository sessions;

	private final JobTurns turns;

	ExpiredSessions(JdbcIndexedSessionRepository sessions, JobTurns turns) {
		this.sessions = sessions;
		this.turns = turns;
	}

	@Scheduled(fixedDelay = 60_000, initialDelay = 30_000)
	void sweep() {
		// A little less than the schedule, so the instance whose timer comes first
		// each minute takes it, not one that drifts.
		if (this.turns.take(JOB, PERIOD.minusSeconds(5))) {
			this.sessions.cleanUpExpiredSessions();
		}
	}

}
