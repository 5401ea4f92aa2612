package com.mljudge.leaderboards.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.mljudge.submissions.SubmissionJudged;
import com.mljudge.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leaderboards module started as a module: with the modules it depends on (and
 * accounts, whose beans the web module's security needs), without contests, interviews,
 * practice or authoring. A verdict event published the way the submissions module
 * publishes it reaches the board through the module's listener; the scenario waits for
 * that state change.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "accounts")
@ContextConfiguration(initializers = TestDatabase.class)
class LeaderboardsModuleTests {

	@Autowired
	Boards boards;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAcceptedVerdictPutsItsUserOnTheBoard(Scenario scenario) {
		String user = newUser();
		Instant now = Instant.now();
		scenario
			.publish(new SubmissionJudged(42_000_000_001L, user, "kmeans", SubmissionJudged.Mode.SUBMIT, "ACCEPTED",
					100, "janino", 5, now, now.plusMillis(20), List.of(), false))
			.andWaitForStateChange(() -> this.boards.page(BoardPeriod.ALL, null, 0, user).me())
			.andVerify((me) -> assertThat(me.points()).isEqualTo(20));
	}

	private String newUser() {
		String name = "lm" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		this.jdbc.sql("insert into users (username, password_hash) values (:name, '!')").param("name", name).update();
		return name;
	}

}
