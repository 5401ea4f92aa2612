package com.mljudge.submissions.internal;

import java.time.Duration;
import java.util.Objects;

import com.mljudge.problembank.ProblemBank;
import com.mljudge.support.Await;
import com.mljudge.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leases are short and renewed while a row is judged: a live worker keeps its row however
 * long judging takes, and the row of a worker that died is judged again once its short
 * lease runs out, not after a minute.
 */
@IntegrationTest
class LeaseTests {

	private static final String REFERENCE = ProblemBank.loadFromClasspath()
		.get("euclidean-distance")
		.coding()
		.referenceSource();

	@Autowired
	Leases leases;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aHeldLeaseIsRenewedWhileItsRowIsJudged() {
		long id = running("lease-test-holder", "1 second");
		this.leases.hold(id, "lease-test-holder");
		try {
			this.leases.renewNow();
			assertThat(secondsLeft(id)).isGreaterThan(this.leases.lease().toSeconds() - 5);
		}
		finally {
			this.leases.let(id);
			release(id);
		}
	}

	@Test
	void aRowAnotherWorkerTookIsLeftAlone() {
		long id = running("lease-test-other", "3 seconds");
		this.leases.hold(id, "lease-test-someone-else");
		try {
			this.leases.renewNow();
			assertThat(secondsLeft(id)).isLessThan(4);
			assertThat(this.jdbc.queryForObject("select lease_owner from submissions where id = ?", String.class, id))
				.isEqualTo("lease-test-other");
		}
		finally {
			this.leases.let(id);
			release(id);
		}
	}

	@Test
	void theRowOfAWorkerThatDiedIsJudgedAgainWellBeforeTheOldMinuteLease() {
		assertThat(this.leases.lease()).isLessThanOrEqualTo(Duration.ofSeconds(15));
		// What a claim by a worker that died right after it leaves behind.
		long id = running("worker-of-an-instance-that-died", this.leases.lease().toSeconds() + " seconds");
		// Forty seconds: the old 60 s lease would not have run out yet.
		String verdict = Await.until("the verdict of the dead worker's row", Duration.ofSeconds(40),
				() -> this.jdbc.queryForObject("select verdict from submissions where id = ?", String.class, id),
				Objects::nonNull);
		assertThat(verdict).isEqualTo("ACCEPTED");
		assertThat(this.jdbc.queryForObject("select attempts from submissions where id = ?", Integer.class, id))
			.isEqualTo(2);
	}

	private long running(String owner, String lease) {
		return this.jdbc.queryForObject(
				"""
						insert into submissions (user_id, problem_slug, mode, source, status, lease_owner, lease_until, attempts)
						select id, 'euclidean-distance', 'SUBMIT', ?, 'RUNNING', ?, now() + cast(? as interval), 1
						from users where username = 'admin' returning id""",
				Long.class, REFERENCE, owner, lease);
	}

	private double secondsLeft(long id) {
		return this.jdbc.queryForObject("select extract(epoch from lease_until - now()) from submissions where id = ?",
				Double.class, id);
	}

	/** Leaves the row to the workers, which judge it. */
	private void release(long id) {
		this.jdbc.update(
				"update submissions set status = 'QUEUED', lease_owner = null, lease_until = null where id = ?", id);
	}

}
