package com.mljudge.interviews;

import java.net.http.HttpResponse;
import java.util.Map;

import com.mljudge.accounts.AccountRoles;
import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SiteClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The interview pages as each seat gets them, and the invite link. */
@IntegrationTest
class InterviewPagesTests {

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
	void eachSeatGetsItsOwnPage() {
		String interviewer = this.fx.interviewer("iv");
		String candidate = this.fx.user("cand");
		long id = this.fx.create(interviewer, candidate, "euclidean-distance", 20, "bias-and-variance", 10);
		this.fx.ok(200, "POST", "/api/interviews/" + id + "/start", null, interviewer);

		String theirs = signedIn(interviewer).get("/interviews/" + id).body();
		assertThat(theirs).contains("data-seat=\"INTERVIEWER\"", "Reference solution", "Key points", "Private notes",
				"Code correctness", "release-hint");
		HttpResponse<String> mine = signedIn(candidate).get("/interviews/" + id);
		assertThat(mine.statusCode()).isEqualTo(200);
		assertThat(mine.body()).contains("data-seat=\"CANDIDATE\"", "Run samples", "id=\"countdown\"")
			.doesNotContain("Reference solution", "Key points", "Private notes", "Model answer");
		assertThat(signedIn(this.fx.user("stranger")).get("/interviews/" + id).statusCode()).isEqualTo(404);
		assertThat(new SiteClient(this.port).get("/interviews/" + id).statusCode()).isEqualTo(302);

		assertThat(signedIn(interviewer).get("/interviews").body()).contains("interview-" + id, "plan-form");
		assertThat(signedIn(candidate).get("/interviews").body()).contains("interview-" + id)
			.doesNotContain("id=\"plan-form\"");
		assertThat(signedIn(candidate).get("/interviews/" + id + "/report").statusCode()).isEqualTo(403);
		this.fx.ok(200, "POST", "/api/interviews/" + id + "/end", null, interviewer);
		assertThat(signedIn(interviewer).get("/interviews/" + id + "/report").body()).contains("report-item-0",
				"report-item-1", "Recommendation");
		assertThat(signedIn(interviewer).get("/interviews/candidates/" + candidate).body()).contains("Phone screen");
	}

	@Test
	void aNewcomerAcceptsTheInviteAfterSigningUp() {
		String interviewer = this.fx.interviewer("iv");
		JsonNode created = this.fx.ok(201, "POST", "/api/interviews", Map.of("title", "Invited", "invite", true,
				"items", java.util.List.of(Map.of("problem", "bias-and-variance", "minutes", 5))), interviewer);
		String invite = "/interviews/invite/" + created.get("inviteCode").asString();
		assertThat(new SiteClient(this.port).get(invite).statusCode()).as("sign in or up first").isEqualTo(302);
		String newcomer = this.fx.user("new");
		SiteClient site = signedIn(newcomer);
		HttpResponse<String> accepted = site.submit(invite, invite, Map.of());
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(accepted.headers().firstValue("Location").orElseThrow())
			.endsWith("/interviews/" + created.get("id").asLong());
		assertThat(site.get("/interviews/" + created.get("id").asLong()).body()).contains("data-seat=\"CANDIDATE\"",
				"has not started yet");
	}

	private SiteClient signedIn(String user) {
		SiteClient site = new SiteClient(this.port);
		assertThat(site.signIn(user, InterviewFixtures.PASSWORD).statusCode()).isEqualTo(302);
		return site;
	}

}
