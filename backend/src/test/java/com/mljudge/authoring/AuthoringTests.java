package com.mljudge.authoring;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.mljudge.accounts.AccountRoles;
import com.mljudge.accounts.Role;
import com.mljudge.problembank.ProblemArchive;
import com.mljudge.submissions.SubmissionJudged;
import com.mljudge.support.Await;
import com.mljudge.support.IntegrationTest;
import com.mljudge.support.JudgedEvents;
import com.mljudge.support.SiteClient;
import com.mljudge.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roles, drafts, validation, publishing and versions, through real HTTP on the running
 * app.
 */
@IntegrationTest
class AuthoringTests {

	private static final String ADMIN = SiteClient.basic("admin", TestDatabase.ADMIN_PASSWORD);

	@LocalServerPort
	int port;

	@Autowired
	AccountRoles roles;

	@Autowired
	JudgedEvents events;

	@Autowired
	JdbcClient jdbc;

	AuthoringFixtures fixtures;

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void fixtures() {
		this.fixtures = new AuthoringFixtures(this.port, this.roles);
	}

	@Test
	void aUserCannotReachAuthoringAtAll() {
		String user = this.fixtures.newAccount();
		SiteClient client = this.fixtures.signedIn(user, AuthoringFixtures.PASSWORD);
		assertThat(client.get("/authoring").statusCode()).isEqualTo(403);
		assertThat(client.get("/authoring").body()).contains("Not allowed");
		assertThat(client.get("/authoring/kmeans/edit").statusCode()).isEqualTo(403);
		assertThat(client.get("/").body()).doesNotContain("id=\"authoring-link\"");
		assertThat(new SiteClient(this.port).get("/authoring").statusCode()).isEqualTo(302);
	}

	@Test
	void anAuthorCreatesAndEditsTheirOwnProblemButNotAnothers() {
		String alice = this.fixtures.newAccount(Role.AUTHOR);
		String bob = this.fixtures.newAccount(Role.AUTHOR);
		SiteClient aliceClient = this.fixtures.signedIn(alice, AuthoringFixtures.PASSWORD);
		SiteClient bobClient = this.fixtures.signedIn(bob, AuthoringFixtures.PASSWORD);
		assertThat(aliceClient.get("/").body()).contains("id=\"authoring-link\"");
		String slug = AuthoringFixtures.uniqueSlug("alice-problem");
		HttpResponse<String> created = aliceClient.submit("/authoring", "/authoring",
				Map.of("slug", slug, "kind", "conceptual", "title", "Why regularize?"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location").orElseThrow())
			.endsWith("/authoring/" + slug + "/edit?created");

		HttpResponse<String> editor = aliceClient.get("/authoring/" + slug + "/edit");
		assertThat(editor.statusCode()).isEqualTo(200);
		assertThat(editor.body()).contains("Why regularize?").contains("Quiz items").contains("Key points");
		assertThat(aliceClient.get("/authoring").body()).contains(slug);

		assertThat(bobClient.get("/authoring/" + slug + "/edit").statusCode()).isEqualTo(403);
		assertThat(bobClient
			.submit("/authoring", "/authoring/" + slug + "/edit", Map.of("kind", "conceptual", "title", "Mine now"))
			.statusCode()).isEqualTo(403);
		assertThat(bobClient.get("/authoring").body()).doesNotContain(slug);
		assertThat(bobClient.get("/authoring/" + slug + "/export.zip").statusCode()).isEqualTo(403);

		HttpResponse<String> saved = aliceClient.submit("/authoring/" + slug + "/edit", "/authoring/" + slug + "/edit",
				Map.of("kind", "conceptual", "title", "Why regularize at all?", "difficulty", "medium", "topics",
						"regularization", "statement", "Why would you regularize a model?"));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(aliceClient.get("/authoring/" + slug + "/edit").body()).contains("Why regularize at all?");
		assertThat(auditOf(slug)).contains("create").contains("save draft");
	}

	@Test
	void anAuthorCannotPublishOrRejudge() {
		String author = this.fixtures.newAccount(Role.AUTHOR);
		SiteClient client = this.fixtures.signedIn(author, AuthoringFixtures.PASSWORD);
		String slug = AuthoringFixtures.uniqueSlug("unpublished");
		client.submit("/authoring", "/authoring", Map.of("slug", slug, "kind", "coding", "title", "Mean"));
		assertThat(client.get("/authoring/" + slug + "/edit").body()).contains("An admin publishes validated drafts.")
			.doesNotContain("id=\"publish\"");
		assertThat(
				client.submit("/authoring/" + slug + "/edit", "/authoring/" + slug + "/publish", Map.of()).statusCode())
			.isEqualTo(403);
		assertThat(
				client.submit("/authoring/" + slug + "/edit", "/authoring/" + slug + "/rejudge", Map.of()).statusCode())
			.isEqualTo(403);
		assertThat(client.get("/admin/users").statusCode()).isEqualTo(403);
		assertThat(client.get("/problems/kmeans").body()).doesNotContain("id=\"edit-in-authoring\"");
		assertThat(this.jdbc.sql("select count(*) from problem_versions where slug = :slug")
			.param("slug", slug)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void newProblemsAreRefusedWithClearMessages() {
		String author = this.fixtures.newAccount(Role.AUTHOR);
		SiteClient client = this.fixtures.signedIn(author, AuthoringFixtures.PASSWORD);
		HttpResponse<String> taken = client.submit("/authoring", "/authoring",
				Map.of("slug", "kmeans", "kind", "coding", "title", "Again"));
		assertThat(taken.statusCode()).isEqualTo(400);
		assertThat(taken.body()).contains("A problem named &#39;kmeans&#39; already exists.");
		HttpResponse<String> bad = client.submit("/authoring", "/authoring",
				Map.of("slug", "Not A Slug", "kind", "poetry", "title", ""));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("lower-case words joined by")
			.contains("Choose coding")
			.contains("Give the problem a title");
	}

	@Test
	void validationCatchesABrokenReference() {
		String slug = AuthoringFixtures.uniqueSlug("broken-reference");
		var files = new java.util.TreeMap<>(AuthoringFixtures.sumProblem(slug, false));
		// The reference reads past the end of the sample test: it cannot produce expected
		// outputs.
		files.put("reference/Solution.java", AuthoringFixtures.source("return values[3];"));
		importAsAdmin(Map.of(slug, files));
		SiteClient admin = this.fixtures.signedIn("admin", TestDatabase.ADMIN_PASSWORD);
		HttpResponse<String> validated = admin.submit("/authoring/" + slug + "/edit",
				"/authoring/" + slug + "/validate", Map.of());
		assertThat(validated.statusCode()).isEqualTo(302);
		String page = admin.get("/authoring/" + slug + "/edit").body();
		assertThat(page).contains("id=\"validation-failed\"")
			.contains("id=\"publish-blocked\"")
			.doesNotContain("id=\"publish\"");
		assertThat(page)
			.containsPattern("list-group-item-danger\">\\s*<span[^>]*>✗</span>\\s*<span[^>]*>reference scores 100");
		HttpResponse<String> publish = admin.submit("/authoring/" + slug + "/edit", "/authoring/" + slug + "/publish",
				Map.of());
		assertThat(publish.statusCode()).isEqualTo(302);
		assertThat(admin.get("/authoring/" + slug + "/edit").body()).contains("Validate the draft first");
		assertThat(auditOf(slug)).contains("validate").contains("failed");
	}

	@Test
	void publishedVersionsServeTheCatalogAndAreRecordedOnSubmissions() {
		String slug = AuthoringFixtures.uniqueSlug("sum-values");
		importAsAdmin(Map.of(slug, AuthoringFixtures.sumProblem(slug, false)));
		SiteClient admin = this.fixtures.signedIn("admin", TestDatabase.ADMIN_PASSWORD);
		assertThat(admin.get("/problems/" + slug).statusCode()).isEqualTo(404);

		validateAndPublish(admin, slug, 1);
		assertThat(admin.get("/problems/" + slug).body()).contains("Sum of values")
			.contains("id=\"edit-in-authoring\"");
		assertThat(new SiteClient(this.port).json("GET", "/api/problems/" + slug, null, null).statusCode())
			.isEqualTo(200);

		String learner = this.fixtures.newAccount();
		String auth = SiteClient.basic(learner, AuthoringFixtures.PASSWORD);
		String sum = AuthoringFixtures.source(AuthoringFixtures.SUM + " return s;");
		long first = submit(auth, slug, sum);
		assertThat(this.events.await((e) -> e.id() == first).verdict()).isEqualTo("ACCEPTED");
		assertThat(versionOf(first)).isEqualTo(1);

		// Version 2 asks for the mean: the same source must now fail, judged against
		// fresh reference outputs.
		importAsAdmin(Map.of(slug, AuthoringFixtures.sumProblem(slug, true)));
		validateAndPublish(admin, slug, 2);
		assertThat(admin.get("/authoring/" + slug + "/edit?published=2&judgingChanged").body())
			.contains("id=\"rejudge-button\"");
		long second = submit(auth, slug, sum);
		SubmissionJudged judged = this.events.await((e) -> e.id() == second);
		assertThat(judged.verdict()).isEqualTo("WRONG_ANSWER");
		assertThat(versionOf(second)).isEqualTo(2);
		assertThat(admin.get("/problems/" + slug).body()).contains("Mean of values");

		HttpResponse<String> rejudge = admin.submit("/authoring/" + slug + "/edit", "/authoring/" + slug + "/rejudge",
				Map.of());
		assertThat(rejudge.headers().firstValue("Location").orElseThrow()).contains("rejudging=");
		SubmissionJudged again = this.events.await((e) -> e.id() == first && e.rejudge());
		assertThat(again.verdict()).isEqualTo("WRONG_ANSWER");
		assertThat(versionOf(first)).as("the version the rejudge judged on").isEqualTo(2);
		// The learner sees it too: in the API, on the submission's page and in the
		// history.
		HttpResponse<String> view = new SiteClient(this.port).json("GET", "/api/submissions/" + first, null, auth);
		assertThat(this.json.readTree(view.body()).get("problemVersion").asInt()).as(view.body()).isEqualTo(2);
		SiteClient learnerPages = this.fixtures.signedIn(learner, AuthoringFixtures.PASSWORD);
		assertThat(learnerPages.get("/submissions/" + first).body()).contains("judged on version 2 of the problem");
		String history = learnerPages.get("/problems/" + slug + "/submissions").body();
		assertThat(history).contains("<th title=\"The published version of the problem it was judged on\">Version</th>")
			.contains("<td>v2</td>");
		assertThat(auditOf(slug)).contains("publish").contains("version 2").contains("rejudge");
	}

	@Test
	void aPublishedConceptualItemOpensInPractice() {
		String slug = AuthoringFixtures.uniqueSlug("validation-set");
		importAsAdmin(Map.of(slug, AuthoringFixtures.conceptualProblem(slug)));
		SiteClient admin = this.fixtures.signedIn("admin", TestDatabase.ADMIN_PASSWORD);
		assertThat(admin.get("/practice/questions/" + slug).statusCode()).isEqualTo(404);
		validateAndPublish(admin, slug, 1);
		Await.until("practice to show the published " + slug,
				() -> admin.get("/practice/questions/" + slug).statusCode() == 200);
		assertThat(admin.get("/practice/questions/" + slug).body()).contains("Why hold out a validation set");
	}

	@Test
	void anAdminGrantsAndRevokesRolesOnTheUsersPageAndTheLogSaysSo() {
		String someone = this.fixtures.newAccount();
		SiteClient admin = this.fixtures.signedIn("admin", TestDatabase.ADMIN_PASSWORD);
		assertThat(admin.get("/admin/users?q=" + someone).body()).contains("id=\"user-" + someone + "\"");
		HttpResponse<String> granted = admin.submit("/admin/users?q=" + someone, "/admin/users/" + someone + "/roles",
				Map.of("role", "AUTHOR", "grant", "true"));
		assertThat(granted.statusCode()).isEqualTo(302);
		assertThat(follow(admin, granted).body()).contains("Granted AUTHOR to " + someone);
		assertThat(this.fixtures.signedIn(someone, AuthoringFixtures.PASSWORD).get("/authoring").statusCode())
			.isEqualTo(200);

		admin.submit("/admin/users?q=" + someone, "/admin/users/" + someone + "/roles",
				Map.of("role", "AUTHOR", "grant", "false"));
		assertThat(this.fixtures.signedIn(someone, AuthoringFixtures.PASSWORD).get("/authoring").statusCode())
			.isEqualTo(403);

		HttpResponse<String> keepsUser = admin.submit("/admin/users?q=" + someone, "/admin/users/" + someone + "/roles",
				Map.of("role", "USER", "grant", "false"));
		assertThat(follow(admin, keepsUser).body()).contains("Every account keeps the USER role.");
		HttpResponse<String> unknown = admin.submit("/admin/users", "/admin/users/" + someone + "/roles",
				Map.of("role", "WIZARD", "grant", "true"));
		assertThat(follow(admin, unknown).body()).contains("There is no role");
		assertThat(auditOf(someone)).contains("grant role").contains("revoke role").contains("AUTHOR");
	}

	/** Follows a redirect, whose Location may be absolute. */
	private static HttpResponse<String> follow(SiteClient client, HttpResponse<String> redirect) {
		java.net.URI location = java.net.URI.create(redirect.headers().firstValue("Location").orElseThrow());
		return client
			.get(location.getRawPath() + ((location.getRawQuery() != null) ? "?" + location.getRawQuery() : ""));
	}

	private void validateAndPublish(SiteClient admin, String slug, int version) {
		admin.submit("/authoring/" + slug + "/edit", "/authoring/" + slug + "/validate", Map.of());
		String page = admin.get("/authoring/" + slug + "/edit").body();
		assertThat(page).as(page).contains("id=\"validation-passed\"").contains("id=\"publish\"");
		HttpResponse<String> published = admin.submit("/authoring/" + slug + "/edit", "/authoring/" + slug + "/publish",
				Map.of());
		assertThat(published.headers().firstValue("Location").orElseThrow()).contains("published=" + version);
	}

	private void importAsAdmin(Map<String, Map<String, String>> folders) {
		HttpResponse<byte[]> imported = this.fixtures.postZip("/api/authoring/import", AuthoringFixtures.zip(folders),
				ADMIN);
		assertThat(imported.statusCode()).as(new String(imported.body(), StandardCharsets.UTF_8)).isEqualTo(200);
	}

	private long submit(String auth, String slug, String source) {
		var body = JsonNodeFactory.instance.objectNode().put("problem", slug).put("source", source);
		HttpResponse<String> accepted = new SiteClient(this.port).json("POST", "/api/submissions", body.toString(),
				auth);
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		return this.json.readTree(accepted.body()).get("id").asLong();
	}

	private Integer versionOf(long submission) {
		return this.jdbc.sql("select problem_version from submissions where id = :id")
			.param("id", submission)
			.query(Integer.class)
			.single();
	}

	private String auditOf(String slug) {
		SiteClient admin = this.fixtures.signedIn("admin", TestDatabase.ADMIN_PASSWORD);
		HttpResponse<String> page = admin.get("/admin/audit?q=" + slug);
		assertThat(page.statusCode()).isEqualTo(200);
		return page.body();
	}

	static Map<String, Map<String, String>> unzip(byte[] zip) {
		ProblemArchive.Contents contents = ProblemArchive.read(zip, ProblemArchive.Limits.DEFAULTS);
		assertThat(contents.errors()).isEmpty();
		return contents.folders();
	}

}
