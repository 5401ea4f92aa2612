package com.mljudge.submissions;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mljudge.problembank.ProblemBank;
import com.mljudge.support.Await;
import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SiteClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The problem page's custom input panel and the result fragment over real HTTP: what a
 * run on typed input shows, the plot data of logistic regression and PCA, and runtime
 * errors with the user's frames.
 */
@IntegrationTest
class CustomRunPagesTests {

	private static final String DONE = "data-done=\"true\"";

	private static final Pattern POLL = Pattern.compile("/submissions/(\\d+)/result");

	@LocalServerPort
	int port;

	@Autowired
	ProblemBank bank;

	SiteClient site;

	@BeforeEach
	void freshUser() {
		this.site = new SiteClient(this.port);
		String name = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		this.site.submit("/register", "/register",
				Map.of("username", name, "password", "a-fine-password-9", "confirmation", "a-fine-password-9"));
		this.site.signIn(name, "a-fine-password-9");
	}

	@Test
	void customInputPanelStartsFromTheFirstSample() {
		String page = this.site.get("/problems/pca").body();
		assertThat(page).contains("id=\"custom-input\"").contains("id=\"run-custom\"");
		assertThat(HtmlUtils.htmlUnescape(page)).contains("[[[1.0,2.0],[2.0,4.1],[3.0,5.9],[4.0,8.2],[5.0,9.9]],1]")
			.contains("principalComponents(double[][], int)");
	}

	@Test
	void aRunOnTypedInputShowsInputExpectedAndGot() {
		String result = run("kmeans", reference("kmeans"),
				"[[[0, 0], [0, 1], [10, 10], [10, 11]], 2, [[0, 0], [10, 10]]]");
		assertThat(result).contains("Run on your input").contains("Custom input").contains("id=\"verdict\"");
		assertThat(HtmlUtils.htmlUnescape(result)).contains("[[[0,0],[0,1],[10,10],[10,11]],2,[[0,0],[10,10]]]")
			.contains(
					"<dt class=\"col-sm-2\">Expected</dt><dd class=\"col-sm-10\"><code class=\"text-break\">[0,0,1,1]</code>")
			.contains(
					"<dt class=\"col-sm-2\">Got</dt><dd class=\"col-sm-10\"><code class=\"text-break\">[0,0,1,1]</code>");
	}

	@Test
	void badTypedInputIsRefusedWithTheReason() {
		String refused = this.site
			.submit("/problems/kmeans", "/problems/kmeans/run",
					Map.of("source", reference("kmeans"), "input", "[[[0, 0]], \"two\", [[0, 0]]]"))
			.body();
		assertThat(refused).contains("Invalid input").contains("parameter &#39;k&#39; (int)");
	}

	@Test
	void aReferenceThatCannotRunSaysSoInsteadOfAVerdict() {
		String mine = "public class Solution {\n    public static int[] cluster(double[][] p, int k, double[][] c) {\n"
				+ "        return new int[p.length];\n    }\n}\n";
		String result = run("kmeans", mine, "[[[0, 0], [1, 1]], 2, [[0, 0]]]");
		assertThat(result).contains("id=\"reference-failure\"")
			.contains("the reference could not run on this input")
			.doesNotContain("id=\"verdict\"");
	}

	@Test
	void metricProblemsSayWhyThereIsNoVerdict() {
		String result = run("logistic-classifier", reference("logistic-classifier"),
				"[[[0, 0], [1, 0], [3, 3], [4, 3]], [0, 0, 1, 1], [[0.5, 0.2], [3.5, 3]]]");
		assertThat(result).contains("id=\"not-compared\"").contains("NOT CHECKED");
		assertThat(plot(result)).contains("\"type\":\"classification\"");
	}

	@Test
	void logisticRegressionOnTwoFeaturesCarriesBoundaryPlotData() {
		String result = run("logistic-regression", reference("logistic-regression"),
				"[[[0, 0], [1, 0.5], [3, 3], [4, 2.5]], [0, 0, 1, 1], 0.5, 100]");
		String plot = plot(result);
		assertThat(plot).contains("\"type\":\"logistic\"")
			.contains("\"points\":[[0.0,0.0],[1.0,0.5],[3.0,3.0],[4.0,2.5]]")
			.contains("\"labels\":[0,0,1,1]")
			.containsPattern("\"expected\":\\[-?[0-9.E-]+,-?[0-9.E-]+,-?[0-9.E-]+\\]")
			.containsPattern("\"got\":\\[-?[0-9.E-]+,-?[0-9.E-]+,-?[0-9.E-]+\\]");
	}

	@Test
	void pcaSamplesCarryComponentPlotData() {
		String result = run("pca", reference("pca"), null);
		String plot = plot(result);
		assertThat(plot).contains("\"type\":\"pca\"")
			.containsPattern("\"mean\":\\[3\\.0\\d*,6\\.0[0-9]*\\]")
			.containsPattern("\"got\":\\[\\[");
	}

	@Test
	void aRuntimeErrorListsTheUsersFramesWithTheirLines() {
		String throwing = "public class Solution {\n    public static int[] cluster(double[][] p, int k, double[][] c) {\n"
				+ "        return helper(k);\n    }\n\n    static int[] helper(int k) {\n"
				+ "        return new int[] { 1 / (k - k) };\n    }\n}\n";
		String result = run("kmeans", throwing, null);
		assertThat(result).contains("RUNTIME ERROR")
			.contains("java.lang.ArithmeticException")
			.contains("data-line=\"7\"")
			.contains("Solution.helper line 7")
			.contains("data-line=\"3\"")
			.contains("Solution.cluster line 3")
			.contains("class=\"frame-line\"");
	}

	private String reference(String slug) {
		return this.bank.get(slug).coding().referenceSource();
	}

	/**
	 * Runs from the problem page (on the samples when input is null) and polls the
	 * fragment like htmx does.
	 */
	private String run(String slug, String source, String input) {
		Map<String, String> fields = (input != null) ? Map.of("source", source, "input", input)
				: Map.of("source", source);
		String fragment = this.site.submit("/problems/" + slug, "/problems/" + slug + "/run", fields).body();
		if (fragment.contains(DONE)) {
			return fragment;
		}
		Matcher poll = POLL.matcher(fragment);
		assertThat(poll.find()).as(fragment).isTrue();
		String result = poll.group();
		return Await.until("the run's result at " + result, () -> this.site.get(result).body(),
				(polled) -> polled.contains(DONE));
	}

	private static String plot(String result) {
		Matcher plot = Pattern.compile("data-plot=\"([^\"]*)\"").matcher(result);
		assertThat(plot.find()).as(result).isTrue();
		return HtmlUtils.htmlUnescape(plot.group(1));
	}

}
