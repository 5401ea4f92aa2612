package com.mljudge.interviews;

import java.util.List;
import java.util.Map;

import com.mljudge.accounts.AccountRoles;
import com.mljudge.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who plans interviews and who sees them: only the candidate, the interview's
 * interviewers and its team's owners; the candidate never gets the interviewers' data
 * before the report is shared.
 */
@IntegrationTest
class InterviewAccessTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountRoles roles;

	InterviewFixtures fx;

	@BeforeEach
	void fixtures() {
		this.fx = new InterviewFixtures(this.port, this.roles);
	}

	@Test
	void anInterviewerPlansWithDefaultRubricPerKind() {
		String interviewer = this.fx.interviewer("iv");
		String candidate = this.fx.user("cand");
		JsonNode created = this.fx.ok(201, "POST", "/api/interviews",
				Map.of("title", "ML engineer phone screen", "candidate", candidate, "items",
						List.of(Map.of("problem", "euclidean-distance", "minutes", 20),
								Map.of("problem", "bias-and-variance", "minutes", 10))),
				interviewer);
		assertThat(created.get("state").asString()).isEqualTo("PLANNED");
		assertThat(created.get("candidate").asString()).isEqualTo(candidate);
		assertThat(created.get("items").size()).isEqualTo(2);
		JsonNode plan = this.fx.ok(200, "GET", "/api/interviews/" + created.get("id").asLong() + "/plan", null,
				interviewer);
		JsonNode coding = plan.get("rubric").get("kinds").get("coding");
		assertThat(coding.findValuesAsString("name")).containsExactly("Problem solving", "Code correctness",
				"Code quality", "Complexity", "Communication");
		assertThat(coding.get(0).get("anchors").size()).isEqualTo(4);
		assertThat(plan.get("rubric").get("kinds").get("system-design").findValuesAsString("name"))
			.contains("Requirements", "Serving and monitoring", "Trade-offs");
		assertThat(plan.get("items").get(0).get("referenceSource").asString()).contains("class");
		assertThat(plan.get("items").get(1).get("keyPoints").size()).isGreaterThan(0);
	}

	@Test
	void badPlansGetA400NamingEachField() {
		String interviewer = this.fx.interviewer("iv");
		JsonNode errors = this.fx
			.ok(400, "POST", "/api/interviews", Map.of("title", "", "candidate", "nobody-" + interviewer, "items",
					List.of(Map.of("problem", "no-such-item", "minutes", 5))), interviewer)
			.get("errors");
		assertThat(errors.propertyNames()).contains("title", "candidate", "items");
		assertThat(errors.get("items").asString()).contains("no-such-item");
	}

	@Test
	void aPlainUserWithoutATeamMayNotPlan() {
		String user = this.fx.user("plain");
		String candidate = this.fx.user("cand");
		assertThat(this.fx.call("POST", "/api/interviews",
				Map.of("title", "x", "candidate", candidate, "items",
						List.of(Map.of("problem", "euclidean-distance", "minutes", 5))),
				user)
			.statusCode()).isEqualTo(403);
	}

	@Test
	void strangersAndOtherTeamsOwnersAreToldItDoesNotExist() {
		String owner = this.fx.user("owner");
		this.fx.team(owner);
		String candidate = this.fx.user("cand");
		long id = this.fx.create(owner, candidate, "euclidean-distance", 20);
		String stranger = this.fx.user("stranger");
		String otherOwner = this.fx.user("other");
		this.fx.team(otherOwner);
		String otherInterviewer = this.fx.interviewer("otheriv");
		for (String outsider : List.of(stranger, otherOwner, otherInterviewer)) {
			for (String view : List.of("candidate", "interviewer", "plan", "report", "items/0/snapshots")) {
				assertThat(this.fx.call("GET", "/api/interviews/" + id + "/" + view, null, outsider).statusCode())
					.as(outsider + " reading " + view)
					.isEqualTo(404);
			}
			assertThat(this.fx.call("POST", "/api/interviews/" + id + "/start", null, outsider).statusCode())
				.isEqualTo(404);
			assertThat(this.fx.ok(200, "GET", "/api/interviews", null, outsider).findValues("id"))
				.noneMatch((n) -> n.asLong() == id);
		}
		// The team's owner planned it; the candidate sees it in their list.
		assertThat(this.fx.ok(200, "GET", "/api/interviews", null, candidate).findValues("id"))
			.anyMatch((n) -> n.asLong() == id);
	}

	@Test
	void anotherOwnerOfTheSameTeamSeesItsInterviews() {
		String owner = this.fx.user("owner");
		this.fx.team(owner);
		String interviewer = this.fx.interviewer("iv");
		String candidate = this.fx.user("cand");
		long id = this.fx.create(interviewer, candidate, "euclidean-distance", 20);
		// An interviewer without a team plans for no team: the owner above sees nothing.
		assertThat(this.fx.call("GET", "/api/interviews/" + id + "/interviewer", null, owner).statusCode())
			.isEqualTo(404);
		long ownTeams = this.fx.create(owner, candidate, "euclidean-distance", 20);
		assertThat(this.fx.ok(200, "GET", "/api/interviews/" + ownTeams + "/interviewer", null, owner)
			.get("candidate")
			.asString()).isEqualTo(candidate);
	}

	@Test
	void theCandidateIsRefusedEveryInterviewerView() {
		String interviewer = this.fx.interviewer("iv");
		String candidate = this.fx.user("cand");
		long id = this.fx.create(interviewer, candidate, "bias-and-variance", 10);
		String base = "/api/interviews/" + id;
		this.fx.ok(200, "POST", base + "/start", null, interviewer);
		this.fx.ok(204, "PUT", base + "/items/0/notes", Map.of("text", "PRIVATE-NOTE-42"), interviewer);
		this.fx.ok(204, "PUT", base + "/items/0/scores", Map.of("Depth", Map.of("score", 3, "note", "SCORE-NOTE")),
				interviewer);
		for (String view : List.of("interviewer", "plan", "report", "items/0/snapshots")) {
			assertThat(this.fx.call("GET", base + "/" + view, null, candidate).statusCode()).as(view).isEqualTo(403);
		}
		for (String move : List.of("next", "hints", "end", "share")) {
			assertThat(this.fx.call("POST", base + "/" + move, null, candidate).statusCode()).as(move).isEqualTo(403);
		}
		assertThat(this.fx.call("PUT", base + "/items/0/scores", Map.of("Depth", Map.of("score", 4)), candidate)
			.statusCode()).isEqualTo(403);
		String own = this.fx.call("GET", base + "/candidate", null, candidate).body();
		assertThat(own).contains("What are bias and variance?")
			.doesNotContain("PRIVATE-NOTE-42", "SCORE-NOTE", "keyPoints", "referenceSource", "modelAnswer",
					"Bias: error from wrong");
	}

	@Test
	void anInviteLinkMakesItsClaimerTheCandidate() {
		String interviewer = this.fx.interviewer("iv");
		JsonNode created = this.fx.ok(201, "POST", "/api/interviews", Map.of("title", "Invited", "invite", true,
				"items", List.of(Map.of("problem", "euclidean-distance", "minutes", 5))), interviewer);
		long id = created.get("id").asLong();
		String code = created.get("inviteCode").asString();
		assertThat(this.fx.call("POST", "/api/interviews/" + id + "/start", null, interviewer).statusCode())
			.isEqualTo(409);
		String newcomer = this.fx.user("new");
		this.fx.ok(200, "POST", "/api/interviews/invites/" + code, null, newcomer);
		assertThat(
				this.fx.ok(200, "GET", "/api/interviews/" + id + "/candidate", null, newcomer).get("state").asString())
			.isEqualTo("PLANNED");
		String late = this.fx.user("late");
		assertThat(this.fx.call("POST", "/api/interviews/invites/" + code, null, late).statusCode()).isEqualTo(409);
		assertThat(this.fx.call("GET", "/api/interviews/" + id + "/candidate", null, late).statusCode()).isEqualTo(404);
	}

	@Test
	void templatesAreSavedAndReused() {
		String interviewer = this.fx.interviewer("iv");
		String candidate = this.fx.user("cand");
		JsonNode template = this.fx.ok(201, "POST", "/api/interviews/templates",
				Map.of("name", "1 coding, 1 concept", "items",
						List.of(Map.of("problem", "euclidean-distance", "minutes", 30),
								Map.of("problem", "bias-and-variance", "minutes", 15))),
				interviewer);
		assertThat(template.get("durationMinutes").asInt()).isEqualTo(45);
		assertThat(this.fx.ok(200, "GET", "/api/interviews/templates", null, interviewer).findValues("id"))
			.anyMatch((n) -> n.asLong() == template.get("id").asLong());
		JsonNode created = this.fx.ok(201, "POST", "/api/interviews",
				Map.of("title", "From template", "candidate", candidate, "template", template.get("id").asLong()),
				interviewer);
		assertThat(created.get("items").findValuesAsString("problem")).containsExactly("euclidean-distance",
				"bias-and-variance");
		String other = this.fx.interviewer("iv");
		assertThat(this.fx
			.call("POST", "/api/interviews",
					Map.of("title", "Stolen", "candidate", candidate, "template", template.get("id").asLong()), other)
			.statusCode()).isEqualTo(400);
	}

	@Test
	void theApiIsInTheOpenApiDocument() {
		String doc = this.fx.call("GET", "/v3/api-docs", null, this.fx.user("doc")).body();
		assertThat(doc).contains("/api/interviews/{id}/work", "/api/interviews/{id}/events",
				"/api/interviews/{id}/report", "/api/interviews/solo");
	}

}
