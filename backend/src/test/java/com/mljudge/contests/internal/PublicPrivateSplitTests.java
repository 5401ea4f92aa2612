package com.mljudge.contests.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import com.mljudge.contests.ContestFixtures;
import com.mljudge.problembank.CodingPart;
import com.mljudge.problembank.ProblemBank;
import com.mljudge.problembank.TestSpec;
import com.mljudge.submissions.SubmissionJudged;
import com.mljudge.support.IntegrationTest;
import com.mljudge.support.JudgedEvents;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.mljudge.contests.ContestFixtures.basic;
import static com.mljudge.contests.ContestFixtures.cell;
import static com.mljudge.contests.ContestFixtures.contest;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A metric problem in a points contest, judged for real: the live board scores the public
 * hidden tests, the final board after the end the private ones. The submission is the
 * reference except that it gives up on the large generated test, so it is perfect on one
 * side and not on the other.
 */
@IntegrationTest
class PublicPrivateSplitTests {

	private static final String PROBLEM = "logistic-classifier";

	private static final String FAILING_TEST = "generated-large";

	@LocalServerPort
	int port;

	@Autowired
	ProblemBank bank;

	@Autowired
	JudgedEvents events;

	@Test
	void theLiveBoardScoresPublicTestsAndTheFinalBoardPrivateOnes() {
		CodingPart coding = this.bank.get(PROBLEM).coding();
		assertThat(coding.checker().type()).isEqualTo("metric");
		List<String> hidden = coding.tests().stream().filter((t) -> !t.sample()).map(TestSpec::name).toList();
		// A contest whose split puts the failing test on the private side (the split
		// depends on the slug).
		String slug = ContestFixtures.uniqueSlug("kaggle");
		while (PublicSplit.publicTests(slug, hidden, 50).contains(FAILING_TEST)) {
			slug = ContestFixtures.uniqueSlug("kaggle");
		}
		Set<String> open = PublicSplit.publicTests(slug, hidden, 50);
		int privateWeight = coding.tests()
			.stream()
			.filter((t) -> !t.sample() && !open.contains(t.name()))
			.mapToInt(TestSpec::weight)
			.sum();
		int failingWeight = coding.tests()
			.stream()
			.filter((t) -> t.name().equals(FAILING_TEST))
			.findFirst()
			.orElseThrow()
			.weight();

		ContestFixtures fixtures = new ContestFixtures(this.port);
		Instant now = ContestFixtures.now();
		ObjectNode body = contest(slug, "POINTS", now.minus(Duration.ofMinutes(20)), now.plus(Duration.ofHours(1)), 0,
				List.of(PROBLEM));
		fixtures.create(body);
		String user = fixtures.newUser("kg");
		fixtures.register(slug, user);
		String source = coding.referenceSource()
			.replace("double[][] testX) {",
					"double[][] testX) {\n        if (trainX.length >= 10000) { return new int[testX.length]; }");
		long id = fixtures.submit(user, PROBLEM, source);
		SubmissionJudged judged = this.events.await((e) -> e.id() == id);
		assertThat(judged.tests()).filteredOn((t) -> !t.passed())
			.extracting(SubmissionJudged.TestScore::name)
			.containsExactly(FAILING_TEST);

		JsonNode live = fixtures.awaitBoard(slug, null, (b) -> cell(b, user, PROBLEM).get("tries").asInt() == 1);
		assertThat(live.get("mode").asString()).isEqualTo("LIVE");
		assertThat(cell(live, user, PROBLEM).get("score").asInt()).isEqualTo(100);

		body.put("endsAt", judged.submittedAt().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1).toString());
		fixtures.update(body);
		JsonNode finalBoard = fixtures.awaitBoard(slug, basic(user), (b) -> "FINAL".equals(b.get("mode").asString()));
		int expected = 100 * (privateWeight - failingWeight) / privateWeight;
		assertThat(cell(finalBoard, user, PROBLEM).get("score").asInt()).isEqualTo(expected).isLessThan(100);
		assertThat(ContestFixtures.row(finalBoard, user).get("points").asInt()).isEqualTo(expected);
	}

}
