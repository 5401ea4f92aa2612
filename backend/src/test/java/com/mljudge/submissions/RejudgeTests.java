package com.mljudge.submissions;

import java.net.http.HttpResponse;
import java.util.List;

import com.mljudge.problembank.ProblemBank;
import com.mljudge.support.Await;
import com.mljudge.support.IntegrationTest;
import com.mljudge.support.JudgedEvents;
import com.mljudge.support.SiteClient;
import com.mljudge.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verdict event other modules build on, the read side they recompute from, and
 * rejudging.
 */
@IntegrationTest
class RejudgeTests {

	private static final String ADMIN = SiteClient.basic("admin", TestDatabase.ADMIN_PASSWORD);

	private static final String PROBLEM = "z-score-outliers";

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ProblemBank bank;

	@Autowired
	JudgedEvents events;

	@Autowired
	SubmissionRecords records;

	@Autowired
	Rejudging rejudging;

	SiteClient client;

	@BeforeEach
	void client() {
		this.client = new SiteClient(this.port);
	}

	@Test
	void verdictEventCarriesTimesAndEveryTestsWeight() {
		String user = new SiteClient(this.port).registerFreshUser("rj");
		long id = submit(user, this.bank.get(PROBLEM).coding().referenceSource());
		SubmissionJudged event = this.events.await((e) -> e.id() == id);
		assertThat(event.verdict()).isEqualTo("ACCEPTED");
		assertThat(event.score()).isEqualTo(100);
		assertThat(event.rejudge()).isFalse();
		assertThat(event.judgedAt()).isAfterOrEqualTo(event.submittedAt());
		assertThat(event.tests()).hasSize(this.bank.get(PROBLEM).coding().tests().size())
			.allSatisfy((t) -> assertThat(t.passed()).isTrue())
			.anySatisfy((t) -> assertThat(t.sample()).isFalse());
		assertThat(event.tests().stream().mapToInt(SubmissionJudged.TestScore::weight).sum()).isPositive();
		assertThat(event.timeMillis())
			.isEqualTo(this.records.judged(SiteClient.username(user), PROBLEM).get(0).timeMillis());
	}

	@Test
	void rejudgingAProblemJudgesItsSubmissionsAgainAndSaysSo() {
		String user = new SiteClient(this.port).registerFreshUser("rj");
		long wrong = submit(user, this.bank.get(PROBLEM).coding().starterSource());
		long right = submit(user, this.bank.get(PROBLEM).coding().referenceSource());
		this.events.await((e) -> e.id() == right && !e.rejudge());
		this.events.await((e) -> e.id() == wrong && !e.rejudge());

		HttpResponse<String> queued = this.client.json("POST", "/api/admin/problems/" + PROBLEM + "/rejudge", null,
				ADMIN);
		assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
		assertThat(this.json.readTree(queued.body()).get("queued").asInt()).isGreaterThanOrEqualTo(2);

		SubmissionJudged again = this.events.await((e) -> e.id() == right && e.rejudge());
		assertThat(again.verdict()).isEqualTo("ACCEPTED");
		assertThat(this.events.await((e) -> e.id() == wrong && e.rejudge()).verdict()).isNotEqualTo("ACCEPTED");
		awaitNoPendingRejudges();

		List<SubmissionRecords.SubmissionRecord> judged = this.records.judged(SiteClient.username(user), PROBLEM);
		assertThat(judged).extracting(SubmissionRecords.SubmissionRecord::id).containsExactly(wrong, right);
		assertThat(judged.get(1).verdict()).isEqualTo("ACCEPTED");
		assertThat(judged.get(1).tests()).allSatisfy((t) -> assertThat(t.weight()).isPositive());
	}

	@Test
	void aSingleSubmissionCanBeRejudged() {
		String user = new SiteClient(this.port).registerFreshUser("rj");
		long id = submit(user, this.bank.get(PROBLEM).coding().referenceSource());
		this.events.await((e) -> e.id() == id);
		assertThat(this.rejudging.rejudgeSubmission(id)).isTrue();
		assertThat(this.events.await((e) -> e.id() == id && e.rejudge()).verdict()).isEqualTo("ACCEPTED");
	}

	@Test
	void onlyAdminsRejudgeAndUnknownTargetsAre404() {
		String user = new SiteClient(this.port).registerFreshUser("rj");
		assertThat(this.client.json("POST", "/api/admin/problems/" + PROBLEM + "/rejudge", null, user).statusCode())
			.isEqualTo(403);
		assertThat(this.client.json("POST", "/api/admin/problems/" + PROBLEM + "/rejudge", null, null).statusCode())
			.isEqualTo(401);
		HttpResponse<String> unknown = this.client.json("POST", "/api/admin/problems/no-such-problem/rejudge", null,
				ADMIN);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("no-such-problem");
		assertThat(this.client.json("POST", "/api/admin/submissions/999999999/rejudge", null, ADMIN).statusCode())
			.isEqualTo(404);
		assertThat(this.client.json("GET", "/api/admin/problems/" + PROBLEM + "/rejudge", null, ADMIN).body())
			.contains("\"pending\"");
	}

	private void awaitNoPendingRejudges() {
		Await.until("no rejudge of " + PROBLEM + " pending", () -> this.rejudging.progress(PROBLEM).pending(),
				(pending) -> pending == 0);
	}

	private long submit(String auth, String source) {
		ObjectNode body = JsonNodeFactory.instance.objectNode().put("problem", PROBLEM).put("source", source);
		HttpResponse<String> accepted = this.client.json("POST", "/api/submissions", body.toString(), auth);
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		JsonNode queued = this.json.readTree(accepted.body());
		return queued.get("id").asLong();
	}

}
