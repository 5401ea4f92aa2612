package com.mljudge.leaderboards;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mljudge.leaderboards.Learners.Learner;
import com.mljudge.problembank.ProblemBank;
import com.mljudge.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Teams over real HTTP: create, invite, join, leave, replace the code, and the members'
 * points summed.
 */
@IntegrationTest
class TeamTests {

	private static final Pattern CODE = Pattern.compile("id=\"invite-code\">([a-z0-9]+)<");

	@LocalServerPort
	int port;

	@Autowired
	ProblemBank bank;

	Learners learners;

	@BeforeEach
	void learners() {
		this.learners = new Learners(this.port);
	}

	@Test
	void membersJoinWithTheInviteCodeAndTheirPointsAddUp() {
		Learner owner = this.learners.register("to");
		Learner member = this.learners.register("tm");
		long team = create(owner, "Team " + owner.name());
		String code = inviteCode(owner, team);
		assertThat(member.site().get("/teams/join/" + code).body()).contains("Join the team");
		HttpResponse<String> joined = member.site().submit("/teams/join/" + code, "/teams/join/" + code, Map.of());
		assertThat(joined.statusCode()).isEqualTo(302);
		assertThat(joined.headers().firstValue("Location").orElseThrow()).endsWith("/teams/" + team);

		this.learners.submit(owner, "euclidean-distance", reference("euclidean-distance"));
		this.learners.submit(member, "kmeans", reference("kmeans"));
		JsonNode both = Learners.await(() -> this.learners.json("/api/teams/" + team, null),
				(t) -> t.get("points").asInt() == 30, "the team's points to add up");
		assertThat(both.get("members")).hasSize(2);
		JsonNode top = both.get("members").get(0);
		assertThat(top.get("username").asString()).isEqualTo(member.name());
		assertThat(top.get("solved").get("medium").asInt()).isEqualTo(1);
		assertThat(both.has("inviteCode")).isFalse();

		// Anonymous board pages are micro-cached for half a second: wait for the render
		// that has the team.
		String board = Learners.await(() -> this.learners.site().get("/leaderboards/teams").body(),
				(body) -> body.contains("Team " + owner.name()), "the team on the anonymous board");
		assertThat(board).contains("Team " + owner.name());
		String page = this.learners.site().get("/teams/" + team).body();
		assertThat(page).contains(owner.name()).contains(member.name()).doesNotContain(code);

		HttpResponse<String> left = member.site().submit("/teams/" + team, "/teams/" + team + "/leave", Map.of());
		assertThat(left.statusCode()).isEqualTo(302);
		JsonNode alone = this.learners.json("/api/teams/" + team, null);
		assertThat(alone.get("members")).hasSize(1);
		assertThat(alone.get("points").asInt()).isEqualTo(10);
	}

	@Test
	void theCallersOwnTeamNeedsASignedInCallerAndAnswersLikeTheTeam() {
		Learner owner = this.learners.register("to");
		Learner loner = this.learners.register("tl");
		long team = create(owner, "Team " + owner.name());
		JsonNode mine = this.learners.json("/api/teams/mine", owner.token());
		assertThat(mine.get("id").asLong()).isEqualTo(team);
		assertThat(mine.get("owner").asString()).isEqualTo(owner.name());
		assertThat(mine.has("inviteCode")).isFalse();
		HttpResponse<String> none = this.learners.site().json("GET", "/api/teams/mine", null, loner.token());
		assertThat(none.statusCode()).isEqualTo(404);
		assertThat(none.body()).contains("You are not in a team.");
		assertThat(this.learners.site().json("GET", "/api/teams/mine", null, null).statusCode()).isEqualTo(401);
	}

	@Test
	void aNewInviteCodeRetiresTheOldLink() {
		Learner owner = this.learners.register("to");
		Learner late = this.learners.register("tl");
		long team = create(owner, "Renewers " + owner.name());
		String old = inviteCode(owner, team);
		HttpResponse<String> renewed = owner.site().submit("/teams/" + team, "/teams/" + team + "/invite", Map.of());
		assertThat(renewed.statusCode()).isEqualTo(302);
		String fresh = inviteCode(owner, team);
		assertThat(fresh).isNotEqualTo(old);
		assertThat(late.site().get("/teams/join/" + old).body()).contains("does not open a team");
		HttpResponse<String> refused = late.site().submit("/teams/join/" + fresh, "/teams/join/" + old, Map.of());
		assertThat(refused.body()).contains("does not open any team");
		assertThat(late.site().submit("/teams/join/" + fresh, "/teams/join/" + fresh, Map.of()).statusCode())
			.isEqualTo(302);
		assertThat(this.learners.json("/api/teams/" + team, null).get("members")).hasSize(2);
	}

	@Test
	void onlyTheOwnerReplacesTheCode() {
		Learner owner = this.learners.register("to");
		Learner member = this.learners.register("tm");
		long team = create(owner, "Owners " + owner.name());
		String code = inviteCode(owner, team);
		member.site().submit("/teams/join/" + code, "/teams/join/" + code, Map.of());
		assertThat(member.site().get("/teams/" + team).body()).doesNotContain("invite-code");
		assertThat(member.site().submit("/teams/" + team, "/teams/" + team + "/invite", Map.of()).statusCode())
			.isEqualTo(403);
	}

	@Test
	void aPersonBelongsToOneTeamAtATime() {
		Learner owner = this.learners.register("to");
		Learner other = this.learners.register("tx");
		create(owner, "First " + owner.name());
		HttpResponse<String> second = owner.site()
			.submit("/leaderboards/teams", "/teams", Map.of("name", "Second " + owner.name()));
		assertThat(second.headers().firstValue("Location").orElseThrow()).endsWith("/leaderboards/teams");
		assertThat(owner.site().get("/leaderboards/teams").body()).contains("already in the team");
		long otherTeam = create(other, "Other " + other.name());
		String code = inviteCode(other, otherTeam);
		assertThat(owner.site().submit("/teams/join/" + code, "/teams/join/" + code, Map.of()).body())
			.contains("leave it before joining");
	}

	@Test
	void badTeamNamesAreRefusedWithAReason() {
		Learner owner = this.learners.register("to");
		owner.site().submit("/leaderboards/teams", "/teams", Map.of("name", "!"));
		assertThat(owner.site().get("/leaderboards/teams").body()).contains("A team name has 2 to 60 characters");
	}

	@Test
	void whenTheOwnerLeavesTheLongestMemberTakesOver() {
		Learner owner = this.learners.register("to");
		Learner member = this.learners.register("tm");
		long team = create(owner, "Heirs " + owner.name());
		String code = inviteCode(owner, team);
		member.site().submit("/teams/join/" + code, "/teams/join/" + code, Map.of());
		owner.site().submit("/teams/" + team, "/teams/" + team + "/leave", Map.of());
		assertThat(this.learners.json("/api/teams/" + team, null).get("owner").asString()).isEqualTo(member.name());
		member.site().submit("/teams/" + team, "/teams/" + team + "/leave", Map.of());
		assertThat(this.learners.site().json("GET", "/api/teams/" + team, null, null).statusCode()).isEqualTo(404);
	}

	@Test
	void anonymousVisitorsAreSentToSignInToJoin() {
		HttpResponse<String> invitation = this.learners.site().get("/teams/join/whatever");
		assertThat(invitation.statusCode()).isEqualTo(302);
		assertThat(invitation.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(this.learners.site().get("/teams/" + Long.MAX_VALUE).statusCode()).isEqualTo(404);
	}

	private long create(Learner owner, String name) {
		HttpResponse<String> created = owner.site().submit("/leaderboards/teams", "/teams", Map.of("name", name));
		assertThat(created.statusCode()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		assertThat(location).as("created " + name).contains("/teams/");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private String inviteCode(Learner owner, long team) {
		Matcher code = CODE.matcher(owner.site().get("/teams/" + team).body());
		assertThat(code.find()).as("invite code on the owner's team page").isTrue();
		return code.group(1);
	}

	private String reference(String slug) {
		return this.bank.get(slug).coding().referenceSource();
	}

}
