package com.mljudge.authoring;

import java.net.http.HttpResponse;
import java.util.Map;

import com.mljudge.accounts.AccountRoles;
import com.mljudge.accounts.Role;
import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SiteClient;
import com.mljudge.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's first visit: a new problem of every kind starts from an example that
 * passes its own validation, and publishing is offered only when the draft differs from
 * what the catalog serves.
 */
@IntegrationTest
class AuthoringEditorTests {

	private static final String ADMIN = SiteClient.basic("admin", TestDatabase.ADMIN_PASSWORD);

	@LocalServerPort
	int port;

	@Autowired
	AccountRoles roles;

	@ParameterizedTest
	@ValueSource(strings = { "coding", "conceptual", "case-study", "system-design" })
	void aNewProblemValidatesAsItStarts(String kind) {
		AuthoringFixtures fixtures = new AuthoringFixtures(this.port, this.roles);
		SiteClient author = fixtures.signedIn(fixtures.newAccount(Role.AUTHOR), AuthoringFixtures.PASSWORD);
		String slug = AuthoringFixtures.uniqueSlug("starter-" + kind);
		HttpResponse<String> created = author.submit("/authoring", "/authoring",
				Map.of("slug", slug, "kind", kind, "title", "A fresh " + kind + " problem"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		HttpResponse<String> validated = author.submit("/authoring/" + slug + "/edit",
				"/authoring/" + slug + "/validate", Map.of());
		assertThat(validated.statusCode()).isEqualTo(302);
		String page = author.get("/authoring/" + slug + "/edit").body();
		assertThat(page).as(failures(page))
			.contains("id=\"validation-passed\"")
			.doesNotContain("id=\"validation-failed\"");
	}

	@Test
	void publishingIsNotOfferedWhenNothingChanged() {
		AuthoringFixtures fixtures = new AuthoringFixtures(this.port, this.roles);
		String slug = AuthoringFixtures.uniqueSlug("unchanged");
		HttpResponse<byte[]> imported = fixtures.postZip("/api/authoring/import",
				AuthoringFixtures.zip(Map.of(slug, AuthoringFixtures.sumProblem(slug, false))), ADMIN);
		assertThat(imported.statusCode()).isEqualTo(200);
		SiteClient admin = fixtures.signedIn("admin", TestDatabase.ADMIN_PASSWORD);
		admin.submit("/authoring/" + slug + "/edit", "/authoring/" + slug + "/validate", Map.of());
		assertThat(admin.get("/authoring/" + slug + "/edit").body()).contains("id=\"publish\"")
			.contains("Publish as version 1")
			.doesNotContain("id=\"nothing-to-publish\"");
		HttpResponse<String> published = admin.submit("/authoring/" + slug + "/edit", "/authoring/" + slug + "/publish",
				Map.of());
		assertThat(published.headers().firstValue("Location").orElseThrow()).contains("published=1");

		String page = admin.get("/authoring/" + slug + "/edit").body();
		assertThat(page).contains("id=\"nothing-to-publish\"")
			.contains("The draft is the same as version 1")
			.doesNotContain("id=\"publish\"")
			.doesNotContain("Publish as version 2");
		HttpResponse<String> again = admin.submit("/authoring/" + slug + "/edit", "/authoring/" + slug + "/publish",
				Map.of());
		assertThat(again.headers().firstValue("Location").orElseThrow()).doesNotContain("published=2");
		assertThat(admin.get("/authoring/" + slug + "/edit").body()).contains("there is nothing to publish");
	}

	/** The failed checks, to read in the assertion message. */
	private static String failures(String page) {
		int at = page.indexOf("list-group-item-danger");
		return (at < 0) ? "no failed check shown" : page.substring(at, Math.min(page.length(), at + 1500));
	}

}
