package com.mljudge.contests;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.mljudge.problembank.ProblemBank;
import com.mljudge.submissions.Rejudging;
import com.mljudge.submissions.SubmissionJudged;
import com.mljudge.support.IntegrationTest;
import com.mljudge.support.JudgedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.mljudge.contests.ContestFixtures.ADMIN;
import static com.mljudge.contests.ContestFixtures.basic;
import static com.mljudge.contests.ContestFixtures.cell;
import static com.mljudge.contests.ContestFixtures.contest;
import static com.mljudge.contests.ContestFixtures.row;
import static com.mljudge.contests.ContestFixtures.uniqueSlug;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board with real submissions judged by the real judge: penalties, the freeze for
 * contestants against the live board for admins, the end that unfreezes it, an admin's
 * explicit unfreeze, and a rejudge.
 */
@IntegrationTest
class ContestBoardTests {

	private static final String PROBLEM = "euclidean-distance";

	private static final String WRONG = "public class Solution {\n"
			+ "    public static double distance(double[] a, double[] b) { return 0; }\n}\n";

	private static final String BROKEN = "public class Solution {\n    nope\n}\n";

	@LocalServerPort
	int port;

	@Autowired
	ProblemBank bank;

	@Autowired
	JudgedEvents events;

	@Autowired
	Rejudging rejudging;

	@Autowired
	JdbcTemplate jdbc;

	ContestFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new ContestFixtures(this.port);
	}

	@Test
	void aRejectedTryCostsTwentyMinutesAndACompileErrorNothing() {
		Instant start = ContestFixtures.now().minus(Duration.ofMinutes(30));
		String slug = uniqueSlug("icpc");
		this.fixtures
			.create(contest(slug, "ICPC", start, start.plus(Duration.ofHours(2)), 0, List.of(PROBLEM, "kmeans")));
		String user = this.fixtures.newUser("pen");
		this.fixtures.register(slug, user);

		long wrong = this.fixtures.submit(user, PROBLEM, WRONG);
		assertThat(this.events.await((e) -> e.id() == wrong).verdict()).isEqualTo("WRONG_ANSWER");
		long broken = this.fixtures.submit(user, PROBLEM, BROKEN);
		assertThat(this.events.await((e) -> e.id() == broken).verdict()).isEqualTo("COMPILE_ERROR");
		long right = this.fixtures.submit(user, PROBLEM, reference());
		SubmissionJudged accepted = this.events.await((e) -> e.id() == right);
		assertThat(accepted.verdict()).isEqualTo("ACCEPTED");

		JsonNode board = this.fixtures.awaitBoard(slug, null, (b) -> cell(b, user, PROBLEM).get("solved").asBoolean());
		long minute = Duration.between(start, accepted.submittedAt()).toMinutes();
		assertThat(cell(board, user, PROBLEM).get("tries").asInt()).isEqualTo(2);
		assertThat(cell(board, user, PROBLEM).get("minutes").asLong()).isEqualTo(minute);
		assertThat(row(board, user).get("penalty").asLong()).isEqualTo(minute + 20);
		assertThat(row(board, user).get("solved").asInt()).isEqualTo(1);
		assertThat(cell(board, user, "kmeans").get("tries").asInt()).isZero();
	}

	@Test
	void contestantsSeeTheFrozenBoardAdminsTheLiveOneAndEveryoneTheFinalOneAfterTheEnd() {
		Instant now = ContestFixtures.now();
		String slug = uniqueSlug("freeze");
		// Frozen for the whole contest: 120 minutes of a two-hour window.
		ObjectNode body = contest(slug, "ICPC", now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)), 120,
				List.of(PROBLEM));
		this.fixtures.create(body);
		String user = this.fixtures.newUser("frz");
		this.fixtures.register(slug, user);
		long id = this.fixtures.submit(user, PROBLEM, reference());
		SubmissionJudged judged = this.events.await((e) -> e.id() == id);

		JsonNode live = this.fixtures.awaitBoard(slug, ADMIN, (b) -> cell(b, user, PROBLEM).get("solved").asBoolean());
		assertThat(live.get("mode").asString()).isEqualTo("ADMIN_LIVE");
		for (String viewer : new String[] { basic(user), null }) {
			JsonNode frozen = this.fixtures.board(slug, viewer);
			assertThat(frozen.get("mode").asString()).isEqualTo("FROZEN");
			assertThat(cell(frozen, user, PROBLEM).get("solved").asBoolean()).isFalse();
			assertThat(cell(frozen, user, PROBLEM).get("pending").asInt()).isEqualTo(1);
			assertThat(row(frozen, user).get("solved").asInt()).isZero();
		}

		// The admin ends the contest just after the submission: the board unfreezes by
		// itself.
		body.put("endsAt", judged.submittedAt().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1).toString());
		this.fixtures.update(body);
		JsonNode finalBoard = this.fixtures.awaitBoard(slug, basic(user),
				(b) -> "FINAL".equals(b.get("mode").asString()));
		assertThat(cell(finalBoard, user, PROBLEM).get("solved").asBoolean()).isTrue();
		assertThat(cell(finalBoard, user, PROBLEM).get("pending").asInt()).isZero();
		assertThat(row(this.fixtures.board(slug, null), user).get("solved").asInt()).isEqualTo(1);
	}

	@Test
	void anAdminCanLiftTheFreezeBeforeTheEnd() {
		Instant now = ContestFixtures.now();
		String slug = uniqueSlug("thaw");
		this.fixtures.create(contest(slug, "ICPC", now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)), 120,
				List.of(PROBLEM)));
		String user = this.fixtures.newUser("thw");
		this.fixtures.register(slug, user);
		long id = this.fixtures.submit(user, PROBLEM, reference());
		this.events.await((e) -> e.id() == id);
		this.fixtures.awaitBoard(slug, ADMIN, (b) -> cell(b, user, PROBLEM).get("solved").asBoolean());
		assertThat(this.fixtures.board(slug, basic(user)).get("mode").asString()).isEqualTo("FROZEN");

		assertThat(this.fixtures.client()
			.json("POST", "/api/contests/" + slug + "/unfreeze", null, basic(user))
			.statusCode()).isEqualTo(403);
		assertThat(this.fixtures.client().json("POST", "/api/contests/" + slug + "/unfreeze", null, ADMIN).statusCode())
			.isEqualTo(200);
		JsonNode board = this.fixtures.board(slug, basic(user));
		assertThat(board.get("mode").asString()).isEqualTo("LIVE");
		assertThat(cell(board, user, PROBLEM).get("solved").asBoolean()).isTrue();
	}

	@Test
	void aRejudgeThatAcceptsASubmissionChangesTheStanding() {
		Instant now = ContestFixtures.now();
		String slug = uniqueSlug("rejudge");
		this.fixtures.create(contest(slug, "ICPC", now.minus(Duration.ofMinutes(10)), now.plus(Duration.ofHours(1)), 0,
				List.of(PROBLEM)));
		String user = this.fixtures.newUser("rj");
		this.fixtures.register(slug, user);
		long id = this.fixtures.submit(user, PROBLEM, WRONG);
		SubmissionJudged first = this.events.await((e) -> e.id() == id);
		assertThat(first.verdict()).isEqualTo("WRONG_ANSWER");
		JsonNode before = this.fixtures.awaitBoard(slug, null, (b) -> cell(b, user, PROBLEM).get("tries").asInt() == 1);
		assertThat(cell(before, user, PROBLEM).get("solved").asBoolean()).isFalse();

		// Stands in for what makes rejudges happen (a test or checker fixed after the
		// fact): the stored submission now judges differently, and the real rejudge path
		// sends a new verdict.
		this.jdbc.update("update submissions set source = ? where id = ?", reference(), id);
		assertThat(this.rejudging.rejudgeSubmission(id)).isTrue();
		SubmissionJudged again = this.events.await((e) -> e.id() == id && e.rejudge());
		assertThat(again.verdict()).isEqualTo("ACCEPTED");

		JsonNode after = this.fixtures.awaitBoard(slug, null, (b) -> cell(b, user, PROBLEM).get("solved").asBoolean());
		assertThat(cell(after, user, PROBLEM).get("tries").asInt()).isEqualTo(1);
		assertThat(row(after, user).get("penalty").asLong())
			.isEqualTo(Duration.between(now.minus(Duration.ofMinutes(10)), first.submittedAt()).toMinutes());
		assertThat(row(after, user).get("rank").asInt()).isEqualTo(1);
	}

	private String reference() {
		return this.bank.get(PROBLEM).coding().referenceSource();
	}

}
