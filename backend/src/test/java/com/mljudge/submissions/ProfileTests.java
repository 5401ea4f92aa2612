package com.mljudge.submissions;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import com.mljudge.problembank.ProblemBank;
import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SiteClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The profile counts what a learner solved and shows when they practised. */
@IntegrationTest
class ProfileTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ProblemBank bank;

	@Test
	void aSolveShowsUpInCountsTopicsStreakAndRecentSubmissions() throws InterruptedException {
		String name = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		SiteClient site = new SiteClient(this.port);
		site.submit("/register", "/register",
				Map.of("username", name, "password", "profile-pass-77", "confirmation", "profile-pass-77"));
		site.signIn(name, "profile-pass-77");
		HttpResponse<String> empty = site.get("/profile");
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("id=\"solved-count\">0<").contains("Nothing solved yet");

		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("problem", "euclidean-distance");
		body.put("source", this.bank.get("euclidean-distance").coding().referenceSource());
		String basic = SiteClient.basic(name, "profile-pass-77");
		long id = this.json.readTree(site.json("POST", "/api/submissions", body.toString(), basic).body())
			.get("id")
			.asLong();
		site.awaitJudged(id, basic);
		String profile = site.get("/profile").body();
		assertThat(profile).contains("id=\"solved-count\">1<").contains("id=\"streak\">1<").contains("id=\"recent\"");
		for (String topic : this.bank.get("euclidean-distance").topics()) {
			assertThat(profile).contains(topic);
		}
		assertThat(profile).contains("activity-day level-1");

		String solved = site.get("/problems?status=solved").body();
		assertThat(solved).contains("id=\"status-facet\"")
			.contains("/problems/euclidean-distance")
			.contains("id=\"result-count\">1 problem<");
		assertThat(site.get("/problems?status=new&kind=coding&difficulty=easy").body())
			.doesNotContain("/problems/euclidean-distance");
		assertThat(new SiteClient(this.port).get("/problems").body()).doesNotContain("id=\"status-facet\"");
	}

	@Test
	void anonymousProfileRedirectsToSignIn() {
		assertThat(new SiteClient(this.port).get("/profile").statusCode()).isEqualTo(302);
	}

}
