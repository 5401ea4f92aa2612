package com.mljudge.database;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.mljudge.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Signals travel through PostgreSQL: sent at commit, never on rollback, and a receiver
 * whose listening connection was cut is told it may have missed some.
 */
@IntegrationTest
class SignalsTests {

	@Autowired
	Signals signals;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSignalSentOutsideATransactionArrivesAtOnce() throws Exception {
		BlockingQueue<String> received = new LinkedBlockingQueue<>();
		try (Signals.Subscription subscription = this.signals.listen("signals_test_plain", received::add)) {
			this.signals.send("signals_test_plain", "42");
			assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("42");
		}
	}

	@Test
	void aSignalInATransactionArrivesAtCommitAndNeverOnRollback() throws Exception {
		BlockingQueue<String> received = new LinkedBlockingQueue<>();
		try (Signals.Subscription subscription = this.signals.listen("signals_test_tx", received::add)) {
			this.transactions.executeWithoutResult((status) -> {
				this.signals.send("signals_test_tx", "rolled back");
				status.setRollbackOnly();
			});
			this.transactions.executeWithoutResult((status) -> {
				this.signals.send("signals_test_tx", "committed");
				try {
					assertThat(received.poll(500, TimeUnit.MILLISECONDS)).as("before the commit").isNull();
				}
				catch (InterruptedException ex) {
					throw new AssertionError(ex);
				}
			});
			assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("committed");
			assertThat(received.poll(300, TimeUnit.MILLISECONDS)).isNull();
		}
	}

	@Test
	void aClosedSubscriptionReceivesNothing() throws Exception {
		BlockingQueue<String> kept = new LinkedBlockingQueue<>();
		BlockingQueue<String> dropped = new LinkedBlockingQueue<>();
		try (Signals.Subscription subscription = this.signals.listen("signals_test_close", kept::add)) {
			this.signals.listen("signals_test_close", dropped::add).close();
			this.signals.send("signals_test_close", "x");
			assertThat(kept.poll(10, TimeUnit.SECONDS)).isEqualTo("x");
			assertThat(dropped.poll(300, TimeUnit.MILLISECONDS)).isNull();
		}
	}

	@Test
	void aReceiverIsToldWhenTheListeningConnectionWasCutAndStillReceivesAfterwards() throws Exception {
		BlockingQueue<String> received = new LinkedBlockingQueue<>();
		Signals.Receiver receiver = new Signals.Receiver() {
			@Override
			public void signal(String payload) {
				received.add(payload);
			}

			@Override
			public void missed() {
				received.add("(missed)");
			}
		};
		try (Signals.Subscription subscription = this.signals.listen("signals_test_cut", receiver)) {
			Integer cut = this.jdbc.queryForObject(
					"select count(pg_terminate_backend(pid)) from pg_stat_activity where query like 'LISTEN%'",
					Integer.class);
			assertThat(cut).isPositive();
			assertThat(received.poll(15, TimeUnit.SECONDS)).isEqualTo("(missed)");
			this.signals.send("signals_test_cut", "after");
			assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("after");
		}
	}

	@Test
	void refusesBadChannelsAndOversizedPayloads() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.signals.send("Robert'); drop table x;--", "1"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.signals.listen("", (payload) -> {
		}));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.signals.send("signals_test_big", "x".repeat(Signals.MAX_PAYLOAD_BYTES + 1)));
	}

}
