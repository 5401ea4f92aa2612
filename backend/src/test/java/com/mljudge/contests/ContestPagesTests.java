package com.mljudge.contests;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SiteClient;
import com.mljudge.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.mljudge.contests.ContestFixtures.contest;
import static com.mljudge.contests.ContestFixtures.uniqueSlug;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contest pages over real HTTP: list, admin form, contest page with registration,
 * scoreboard.
 */
@IntegrationTest
class ContestPagesTests {

	@LocalServerPort
	int port;

	ContestFixtures fixtures;

	SiteClient admin;

	@BeforeEach
	void signIn() {
		this.fixtures = new ContestFixtures(this.port);
		this.admin = new SiteClient(this.port);
		this.admin.signIn("admin", TestDatabase.ADMIN_PASSWORD);
	}

	@Test
	void theListGroupsRunningUpcomingAndPastContests() {
		Instant now = ContestFixtures.now();
		String running = uniqueSlug("lr");
		String upcoming = uniqueSlug("lu");
		String past = uniqueSlug("lp");
		this.fixtures
			.create(contest(running, "ICPC", now.minusSeconds(600), now.plusSeconds(3600), 0, List.of("kmeans")));
		this.fixtures
			.create(contest(upcoming, "POINTS", now.plusSeconds(3600), now.plusSeconds(7200), 0, List.of("kmeans")));
		this.fixtures.create(contest(past, "ICPC", now.minusSeconds(7200), now.minusSeconds(60), 0, List.of("kmeans")));

		String page = new SiteClient(this.port).get("/contests").body();
		assertThat(page).contains("nav-link active").contains("href=\"/contests\"");
		assertThat(section(page, "running")).contains("contest-" + running).doesNotContain("contest-" + upcoming);
		assertThat(section(page, "upcoming")).contains("contest-" + upcoming).doesNotContain("contest-" + past);
		assertThat(section(page, "past")).contains("contest-" + past).doesNotContain("contest-" + running);
		assertThat(page).doesNotContain("id=\"new-contest\"");
		assertThat(this.admin.get("/contests").body()).contains("id=\"new-contest\"");
	}

	@Test
	void anAdminCreatesAContestThroughTheForm() {
		assertThat(this.admin.get("/admin/contests/new").statusCode()).isEqualTo(200);
		String slug = uniqueSlug("form");
		Map<String, String> fields = form(slug, "2030-05-01T10:00", "2030-05-01T12:00");
		HttpResponse<String> created = this.admin.submit("/admin/contests/new", "/admin/contests", fields);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/contests/" + slug + "?created");

		String page = this.admin.get("/contests/" + slug).body();
		assertThat(page).contains("Form cup").contains("<em>fast</em>").contains("2030-05-01 10:00");
		// Admins see the problems before the start; the public does not.
		assertThat(page).contains("href=\"/problems/kmeans\"");
		String anonymous = new SiteClient(this.port).get("/contests/" + slug).body();
		assertThat(anonymous).contains("id=\"problems-hidden\"").doesNotContain("href=\"/problems/kmeans\"");

		String edit = this.admin.get("/admin/contests/" + slug + "/edit").body();
		assertThat(edit).contains("value=\"2030-05-01T12:00\"").contains("value=\"kmeans, euclidean-distance\"");
	}

	@Test
	void theFormOffersCodingProblemsByTitleToPick() {
		String form = this.admin.get("/admin/contests/new").body();
		assertThat(form).contains("id=\"problem-choice\"")
			.contains("<option value=\"kmeans\">K-means clustering (Lloyd&#39;s algorithm) (kmeans)</option>")
			.doesNotContain("<option value=\"bias-and-variance\">");
	}

	@Test
	void theFormSaysWhatIsWrongNextToEachField() {
		Map<String, String> fields = form(uniqueSlug("bad"), "2030-05-01T12:00", "2030-05-01T10:00");
		fields.put("problems", "kmeans, no-such-problem");
		fields.put("freezeMinutes", "ten");
		HttpResponse<String> response = this.admin.submit("/admin/contests/new", "/admin/contests", fields);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("id=\"form-errors\"").contains("is-invalid");
		fields.put("freezeMinutes", "10");
		response = this.admin.submit("/admin/contests/new", "/admin/contests", fields);
		assertThat(response.body()).contains("The end must be after the start.")
			.contains("No problem named no-such-problem");
	}

	@Test
	void onlyAdminsOpenTheContestForm() {
		String user = this.fixtures.newUser("pf");
		SiteClient site = new SiteClient(this.port);
		site.signIn(user, ContestFixtures.PASSWORD);
		assertThat(site.get("/admin/contests/new").statusCode()).isEqualTo(403);
	}

	@Test
	void aSignedInUserRegistersFromTheContestPageAndSeesTheProblems() {
		Instant now = ContestFixtures.now();
		String slug = uniqueSlug("pg");
		this.fixtures.create(contest(slug, "ICPC", now.minusSeconds(600), now.plusSeconds(3600), 0,
				List.of("kmeans", "euclidean-distance")));
		String anonymous = new SiteClient(this.port).get("/contests/" + slug).body();
		assertThat(anonymous).contains("Sign in to register").doesNotContain("id=\"register\"");

		String user = this.fixtures.newUser("pg");
		SiteClient site = new SiteClient(this.port);
		site.signIn(user, ContestFixtures.PASSWORD);
		String page = site.get("/contests/" + slug).body();
		assertThat(page).contains("id=\"register\"").contains("data-countdown-to=").contains("/js/contests.js");
		HttpResponse<String> registered = site.submit("/contests/" + slug, "/contests/" + slug + "/registration",
				Map.of());
		assertThat(registered.statusCode()).isEqualTo(302);
		String after = site.get("/contests/" + slug + "?registered").body();
		assertThat(after).contains("id=\"registered-badge\"")
			.contains("id=\"registered-notice\"")
			.contains("href=\"/problems/kmeans\"")
			.contains("id=\"status-kmeans\"")
			.contains("not tried");
	}

	@Test
	void theScoreboardPageRendersAndItsBoardRefreshesAsAFragment() {
		Instant now = ContestFixtures.now();
		String slug = uniqueSlug("sb");
		this.fixtures
			.create(contest(slug, "ICPC", now.minusSeconds(600), now.plusSeconds(3600), 60, List.of("kmeans")));
		String empty = new SiteClient(this.port).get("/contests/" + slug + "/scoreboard").body();
		assertThat(empty).contains("id=\"no-contestants\"");
		String user = this.fixtures.newUser("sb");
		this.fixtures.register(slug, user);

		HttpResponse<String> page = new SiteClient(this.port).get("/contests/" + slug + "/scoreboard");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"board\"")
			.contains("hx-trigger=\"every 5s\"")
			.contains("id=\"row-" + user + "\"")
			.contains("id=\"frozen-badge\"");
		assertThat(this.admin.get("/contests/" + slug + "/scoreboard").body()).contains("live (admins only)")
			.contains("id=\"unfreeze\"");
		HttpResponse<String> fragment = new SiteClient(this.port).get("/contests/" + slug + "/scoreboard/board");
		assertThat(fragment.statusCode()).isEqualTo(200);
		assertThat(fragment.body()).contains("id=\"board\"")
			.contains("id=\"row-" + user + "\"")
			.doesNotContain("<html");
	}

	@Test
	void anUnknownContestGetsTheSitesNotFoundPage() {
		HttpResponse<String> page = new SiteClient(this.port).get("/contests/no-such-contest");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("navbar");
	}

	private static Map<String, String> form(String slug, String start, String end) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("slug", slug);
		fields.put("title", "Form cup");
		fields.put("description", "Be *fast*.");
		fields.put("problems", "kmeans, euclidean-distance");
		fields.put("startsAt", start);
		fields.put("endsAt", end);
		fields.put("scoring", "ICPC");
		fields.put("freezeMinutes", "30");
		fields.put("publicPercent", "50");
		return fields;
	}

	/** The part of the list page inside one section (running, upcoming, past). */
	private static String section(String page, String id) {
		int start = page.indexOf("<section id=\"" + id + "\"");
		if (start < 0) {
			start = page.indexOf("id=\"" + id + "\"");
		}
		assertThat(start).as("section " + id).isNotNegative();
		return page.substring(start, page.indexOf("</section>", start));
	}

}
