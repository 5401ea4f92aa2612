package com.mljudge.submissions;

import java.time.Duration;

import com.mljudge.problembank.ProblemBank;
import com.mljudge.support.Browser;
import com.mljudge.support.BrowserExtension;
import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SiteClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner in a real browser: runs on typed input, the logistic regression and PCA
 * plots, runtime frames.
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class CustomRunBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ProblemBank bank;

	WebDriver browser;

	@BeforeEach
	void signIn(WebDriver browser) {
		this.browser = browser;
		String user = SiteClient.username(new SiteClient(this.port).registerFreshUser("b"));
		Browser.signIn(this.browser, this.port, user, SiteClient.USER_PASSWORD);
	}

	@Test
	void aRunOnTypedInputShowsExpectedAndGot() {
		open("kmeans");
		Browser.typeSource(this.browser, reference("kmeans"));
		runOn("[[[0, 0], [0, 1], [10, 10], [10, 11]], 2, [[0, 0], [10, 10]]]");
		assertThat(Browser.awaitVerdict(this.browser)).isEqualTo("ACCEPTED");
		String io = this.browser.findElement(By.cssSelector(".sample-io")).getText();
		Browser.screenshot(this.browser, "custom-input-run");
		assertThat(io).contains("Expected\n[0,0,1,1]").contains("Got\n[0,0,1,1]");
		assertThat(this.browser.findElement(By.id("result")).getText()).contains("Run on your input");
	}

	@Test
	void logisticRegressionDrawsTheDecisionBoundaries() {
		open("logistic-regression");
		Browser.typeSource(this.browser, reference("logistic-regression"));
		runOn("[[[0, 0], [1, 0.5], [0.5, 1.5], [3, 3], [4, 2.5], [2.5, 3.5]], [0, 0, 0, 1, 1, 1], 0.5, 200]");
		assertThat(Browser.awaitVerdict(this.browser)).isEqualTo("ACCEPTED");
		waitForPlots();
		Browser.scrollTo(this.browser, this.browser.findElement(By.cssSelector(".plot")));
		Browser.screenshot(this.browser, "logistic-regression-plot");
		// The sample has one feature: the fitted probability curve over the 0/1 labels.
		Browser.click(this.browser, this.browser.findElement(By.id("run")));
		new WebDriverWait(this.browser, Duration.ofSeconds(90))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "Run on the samples"));
		waitForPlots();
		Browser.scrollTo(this.browser, this.browser.findElement(By.cssSelector(".plot")));
		Browser.screenshot(this.browser, "logistic-regression-sigmoid-plot");
	}

	@Test
	void pcaDrawsTheComponentsFromTheMean() {
		open("pca");
		Browser.typeSource(this.browser, reference("pca"));
		Browser.click(this.browser, this.browser.findElement(By.id("run")));
		assertThat(Browser.awaitVerdict(this.browser)).isEqualTo("ACCEPTED");
		waitForPlots();
		Browser.scrollTo(this.browser, this.browser.findElement(By.cssSelector(".plot")));
		Browser.screenshot(this.browser, "pca-plot");
	}

	@Test
	void aRuntimeErrorFrameJumpsToItsLineInTheEditor() {
		open("kmeans");
		Browser.typeSource(this.browser,
				"public class Solution {\n    public static int[] cluster(double[][] p, int k, double[][] c) {\n"
						+ "        return helper(k);\n    }\n\n    static int[] helper(int k) {\n"
						+ "        return new int[] { 1 / (k - k) };\n    }\n}\n");
		Browser.click(this.browser, this.browser.findElement(By.id("run")));
		assertThat(Browser.awaitVerdict(this.browser)).isEqualTo("RUNTIME ERROR");
		WebElement frame = this.browser.findElement(By.cssSelector(".frame-line[data-line='7']"));
		assertThat(frame.getText()).isEqualTo("Solution.helper line 7");
		Browser.scrollTo(this.browser, frame);
		Browser.screenshot(this.browser, "runtime-error-result");
		Browser.click(this.browser, frame);
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-editor-line", "7"));
		Object cursor = script("return window.judgeEditor.getCursor().line;");
		assertThat(((Number) cursor).intValue()).isEqualTo(6);
		assertThat(this.browser.findElements(By.cssSelector(".line-with-frame"))).isNotEmpty();
		Browser.screenshot(this.browser, "runtime-error-frames");
	}

	private void open(String slug) {
		this.browser.get("http://localhost:" + this.port + "/problems/" + slug);
	}

	private void runOn(String input) {
		Browser.click(this.browser, this.browser.findElement(By.cssSelector("#custom-input-panel > summary")));
		script("document.getElementById('custom-input').value = arguments[0];", input);
		Browser.click(this.browser, this.browser.findElement(By.id("run-custom")));
	}

	private Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.browser).executeScript(script, args);
	}

	private void waitForPlots() {
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> driver.findElements(By.cssSelector(".plot canvas[data-drawn]")).size() == 2);
	}

	private String reference(String slug) {
		return this.bank.get(slug).coding().referenceSource();
	}

}
