package com.mljudge.authoring;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import com.mljudge.accounts.AccountRoles;
import com.mljudge.accounts.Role;
import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SiteClient;
import com.mljudge.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An author's checker reaches the server through the editor's form and through an
 * imported zip; either way "Save and validate" runs it only in the sandbox. Hostile
 * checkers are refused or stopped and the validation panel says why, with nothing of the
 * server in it.
 */
@IntegrationTest
class AuthorCodeSandboxTests {

	private static final String ADMIN = SiteClient.basic("admin", TestDatabase.ADMIN_PASSWORD);

	/** What the server's environment holds and a hostile checker would like to show. */
	private static final String PATH = System.getenv("PATH");

	@LocalServerPort
	int port;

	@Autowired
	AccountRoles roles;

	AuthoringFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new AuthoringFixtures(this.port, this.roles);
	}

	private static String checker(String members, String body) {
		return "public class Check {\n" + members
				+ "\n    public String check(Object[] args, Object expected, Object actual) {\n" + body
				+ "\n    }\n}\n";
	}

	/** The sum problem of the fixtures, judged by the custom checker {@code source}. */
	private static Map<String, String> withChecker(String slug, String source) {
		Map<String, String> files = new TreeMap<>(AuthoringFixtures.sumProblem(slug, false));
		files.put("problem.yaml", files.get("problem.yaml")
			.replace("  type: tolerance\n  atol: 1.0e-6\n", "  type: custom\n  class: Check\n"));
		files.put("Check.java", source);
		return files;
	}

	@Test
	void anImportedCheckerThatReadsTheEnvironmentIsRefusedAtValidation() {
		String slug = AuthoringFixtures.uniqueSlug("env-checker");
		String page = importAndValidate(slug, checker("", "return System.getenv(\"PATH\");"));
		assertThat(page).contains("id=\"validation-failed\"")
			.contains("uses what the sandbox refuses")
			.contains("java.lang.System.getenv");
		assertThat(page).doesNotContain(PATH);
	}

	@Test
	void anImportedCheckerThatLoopsIsStoppedAndValidationFinishes() {
		String slug = AuthoringFixtures.uniqueSlug("looping-checker");
		String page = importAndValidate(slug,
				checker("static int x; static { while (true) { x++; } }", "return null;"));
		assertThat(page).contains("id=\"validation-failed\"").contains("the checker failed").contains("time limit");
	}

	@Test
	void anImportedHonestCheckerValidates() {
		String slug = AuthoringFixtures.uniqueSlug("honest-checker");
		String page = importAndValidate(slug, checker("",
				"double a = (Double) actual, e = (Double) expected; return Math.abs(a - e) <= 1e-6 ? null : \"off\";"));
		assertThat(page).as(page).contains("id=\"validation-passed\"");
	}

	@Test
	void aCheckerSavedThroughTheFormWithAStaticInitializerWritingAFileIsRefused() {
		String author = this.fixtures.newAccount(Role.AUTHOR);
		SiteClient client = this.fixtures.signedIn(author, AuthoringFixtures.PASSWORD);
		String slug = AuthoringFixtures.uniqueSlug("form-checker");
		assertThat(client.submit("/authoring", "/authoring", Map.of("slug", slug, "kind", "coding", "title", "Sum"))
			.statusCode()).isEqualTo(302);
		java.io.File marker = new java.io.File(System.getProperty("java.io.tmpdir"), "author-checker-marker");
		String hostile = checker("static { try { new java.io.FileWriter(\"" + marker.getAbsolutePath()
				+ "\").close(); } catch (Exception e) { } }", "return null;");
		Map<String, String> form = new HashMap<>(Map.of("kind", "coding", "title", "Sum of values", "difficulty",
				"easy", "topics", "statistics", "statement", "Return the sum of `values`.", "entryClass", "Solution",
				"signature", "double total(double[] values)", "checkerType", "custom", "checkerClass", "Check"));
		form.put("checkerSource", hostile);
		form.put("reference", AuthoringFixtures.source(AuthoringFixtures.SUM + " return s;"));
		form.put("starter", AuthoringFixtures.source("return 0;"));
		form.put("hints", "Add them up.\nOne pass is enough.");
		form.put("explanation", "One pass over the values.");
		form.put("wrong[0].name", "Zero");
		form.put("wrong[0].expected", "WRONG_ANSWER");
		form.put("wrong[0].why", "returns zero");
		form.put("wrong[0].source", AuthoringFixtures.source("return 0;"));
		form.put("accepted[0].name", "Streams");
		form.put("accepted[0].why", "adds up with a stream");
		form.put("accepted[0].source",
				"import java.util.Arrays;\n" + AuthoringFixtures.source("return Arrays.stream(values).sum();"));
		form.put("tests[9].name", "big");
		form.put("tests[9].args",
				"[{\"gen\": \"random-doubles\", \"seed\": 3, \"n\": 1000, \"min\": -1.0, \"max\": 1.0}]");
		form.put("action", "validate");
		for (int i = 0; i < 9; i++) {
			form.put("tests[" + i + "].name", "t" + i);
			form.put("tests[" + i + "].sample", (i == 0) ? "true" : "false");
			form.put("tests[" + i + "].args", "[[" + i + ".5, 2.0]]");
		}
		HttpResponse<String> saved = client.submit("/authoring/" + slug + "/edit", "/authoring/" + slug + "/edit",
				form);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		String page = client.get("/authoring/" + slug + "/edit").body();
		assertThat(page).contains("id=\"validation-failed\"")
			.contains("uses what the sandbox refuses")
			.contains("java.io.FileWriter");
		assertThat(marker).doesNotExist();
	}

	/**
	 * Imports the problem and validates it through the page, as the admin (import is
	 * theirs).
	 */
	private String importAndValidate(String slug, String checkerSource) {
		HttpResponse<byte[]> imported = this.fixtures.postZip("/api/authoring/import",
				AuthoringFixtures.zip(Map.of(slug, withChecker(slug, checkerSource))), ADMIN);
		assertThat(imported.statusCode()).as(new String(imported.body(), StandardCharsets.UTF_8)).isEqualTo(200);
		SiteClient client = this.fixtures.signedIn("admin", TestDatabase.ADMIN_PASSWORD);
		HttpResponse<String> validated = client.submit("/authoring/" + slug + "/edit",
				"/authoring/" + slug + "/validate", Map.of());
		assertThat(validated.statusCode()).isEqualTo(302);
		return client.get("/authoring/" + slug + "/edit").body();
	}

}
