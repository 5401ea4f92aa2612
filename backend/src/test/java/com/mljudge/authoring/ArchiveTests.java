package com.mljudge.authoring;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import com.mljudge.accounts.AccountRoles;
import com.mljudge.accounts.Role;
import com.mljudge.problembank.ProblemBank;
import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SiteClient;
import com.mljudge.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Import and export over HTTP: the whole bank survives export, import and export again; a
 * hostile or invalid archive is refused with its reasons and leaves nothing stored. (Each
 * hostile shape has its own case in problem-bank's ProblemArchiveTests; here the app must
 * refuse and store nothing.)
 */
@IntegrationTest
class ArchiveTests {

	private static final String ADMIN = SiteClient.basic("admin", TestDatabase.ADMIN_PASSWORD);

	@LocalServerPort
	int port;

	@Autowired
	AccountRoles roles;

	@Autowired
	ProblemBank bank;

	@Autowired
	JdbcClient jdbc;

	AuthoringFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new AuthoringFixtures(this.port, this.roles);
	}

	@Test
	void theWholeBankSurvivesExportImportAndExportAgain() {
		HttpResponse<byte[]> exported = this.fixtures.getBytes("/admin/bank/export.zip", ADMIN);
		assertThat(exported.statusCode()).isEqualTo(200);
		assertThat(exported.headers().firstValue("Content-Disposition").orElseThrow()).contains("problem-bank.zip");
		Map<String, Map<String, String>> first = AuthoringTests.unzip(exported.body());
		for (var problem : this.bank.problems()) {
			assertThat(first).containsEntry(problem.slug(), this.bank.files(problem.slug()));
		}

		HttpResponse<byte[]> imported = this.fixtures.postZip("/api/authoring/import", exported.body(), ADMIN);
		assertThat(imported.statusCode()).as(text(imported)).isEqualTo(200);

		Map<String, Map<String, String>> again = AuthoringTests
			.unzip(this.fixtures.getBytes("/admin/bank/export.zip", ADMIN).body());
		assertThat(again).isEqualTo(first);
		// Every imported draft holds exactly the exported files.
		for (String slug : first.keySet()) {
			HttpResponse<byte[]> one = this.fixtures.getBytes("/authoring/" + slug + "/export.zip", ADMIN);
			assertThat(one.statusCode()).isEqualTo(200);
			assertThat(AuthoringTests.unzip(one.body())).isEqualTo(Map.of(slug, first.get(slug)));
		}
	}

	@Test
	void aTraversalEntryRefusesTheWholeArchiveAndStoresNothing() {
		String good = AuthoringFixtures.uniqueSlug("good");
		Map<String, Map<String, String>> folders = new TreeMap<>();
		folders.put(good, AuthoringFixtures.sumProblem(good, false));
		folders.put("evil", Map.of("../../etc/passwd", "root"));
		assertRefused(AuthoringFixtures.zip(folders), "'..' in the path");
		assertNotStored(good);
	}

	@Test
	void invalidMetadataInOneProblemRefusesTheWholeArchive() {
		String good = AuthoringFixtures.uniqueSlug("good");
		String bad = AuthoringFixtures.uniqueSlug("bad");
		Map<String, String> broken = new TreeMap<>(AuthoringFixtures.sumProblem(bad, false));
		broken.put("problem.yaml", broken.get("problem.yaml").replace("difficulty: easy", "difficulty: trivial"));
		Map<String, Map<String, String>> folders = new TreeMap<>();
		folders.put(good, AuthoringFixtures.sumProblem(good, false));
		folders.put(bad, broken);
		HttpResponse<byte[]> refused = assertRefused(AuthoringFixtures.zip(folders), "expected easy | medium | hard");
		assertThat(text(refused)).contains(bad + "/problem.yaml");
		assertNotStored(good);
		assertNotStored(bad);
	}

	@Test
	void nonUtf8TextIsRefused() {
		String slug = AuthoringFixtures.uniqueSlug("latin");
		Map<String, String> files = new TreeMap<>(AuthoringFixtures.sumProblem(slug, false));
		files.remove("statement.md");
		// The statement written in ISO-8859-1: its lone 0xE9 byte is not UTF-8.
		byte[] latin = AuthoringFixtures.zip(Map.of(slug, files), slug + "/statement.md",
				"R\u00e9sum\u00e9 of `double total(double[] values)`".getBytes(StandardCharsets.ISO_8859_1));
		HttpResponse<byte[]> refused = this.fixtures.postZip("/api/authoring/import", latin, ADMIN);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("statement.md")
			.contains("not UTF-8 text");
		assertNotStored(slug);
	}

	@Test
	void onlyAdminsImport() {
		String author = this.fixtures.newAccount(Role.AUTHOR);
		String slug = AuthoringFixtures.uniqueSlug("by-author");
		HttpResponse<byte[]> refused = this.fixtures.postZip("/api/authoring/import",
				AuthoringFixtures.zip(Map.of(slug, AuthoringFixtures.sumProblem(slug, false))),
				SiteClient.basic(author, AuthoringFixtures.PASSWORD));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(
				this.fixtures.getBytes("/admin/bank/export.zip", SiteClient.basic(author, AuthoringFixtures.PASSWORD))
					.statusCode())
			.isEqualTo(403);
		assertNotStored(slug);
	}

	@Test
	void theImportPageShowsWhatWasRefused() {
		SiteClient admin = this.fixtures.signedIn("admin", TestDatabase.ADMIN_PASSWORD);
		HttpResponse<String> page = admin.get("/admin/import");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"import-form\"").contains("enctype=\"multipart/form-data\"");
	}

	private HttpResponse<byte[]> assertRefused(byte[] zip, String reason) {
		HttpResponse<byte[]> refused = this.fixtures.postZip("/api/authoring/import", zip, ADMIN);
		assertThat(refused.statusCode()).as(text(refused)).isEqualTo(422);
		assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
		assertThat(text(refused)).contains("Nothing was imported").contains(reason);
		return refused;
	}

	private void assertNotStored(String slug) {
		assertThat(this.jdbc.sql("select count(*) from authored_problems where slug = :slug")
			.param("slug", slug)
			.query(Integer.class)
			.single()).isZero();
	}

	private static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

}
