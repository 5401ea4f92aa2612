package com.mljudge.submissions;

import java.time.Duration;

import com.mljudge.problembank.ProblemBank;
import com.mljudge.support.Browser;
import com.mljudge.support.BrowserExtension;
import com.mljudge.support.IntegrationTest;
import com.mljudge.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner in a real browser: open k-means, write a solution, submit, see the verdict
 * without a reload.
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class ProblemPageBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ProblemBank bank;

	WebDriver browser;

	@BeforeEach
	void signIn(WebDriver browser) {
		this.browser = browser;
		Browser.signIn(this.browser, this.port, "admin", TestDatabase.ADMIN_PASSWORD);
	}

	@Test
	void submittingTheReferenceShowsAccepted() {
		this.browser.get(base() + "/problems/kmeans");
		Browser.typeSource(this.browser, this.bank.get("kmeans").coding().referenceSource());
		click("submit");
		String verdict = Browser.awaitVerdict(this.browser);
		Browser.screenshot(this.browser, "kmeans-accepted");
		assertThat(verdict).isEqualTo("ACCEPTED");
		assertThat(this.browser.findElement(By.id("passed-count")).getText()).contains("tests passed");
		assertThat(this.browser.findElements(By.cssSelector(".plot canvas[data-drawn]"))).isNotEmpty();
		assertThat(this.browser.findElement(By.cssSelector(".sample-io")).getText()).contains("Expected")
			.contains("Got");
		assertThat(this.browser.getCurrentUrl()).endsWith("/problems/kmeans");
	}

	@Test
	void compileErrorIsMarkedInTheEditor() {
		this.browser.get(base() + "/problems/kmeans");
		Browser.typeSource(this.browser,
				"public class Solution {\n    public static int[] cluster(double[][] p, int k, double[][] c) {\n"
						+ "        return nope;\n    }\n}\n");
		click("run");
		assertThat(Browser.awaitVerdict(this.browser)).isEqualTo("COMPILE ERROR");
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".line-with-error")));
		Browser.screenshot(this.browser, "kmeans-compile-error");
		assertThat(this.browser.findElement(By.id("diagnostics")).getText()).contains("Line 3");
	}

	@Test
	void draftSurvivesAReload() {
		this.browser.get(base() + "/problems/word-ladder");
		Browser.typeSource(this.browser, "// my draft 4711\npublic class Solution {}\n");
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((driver) -> ((Number) ((JavascriptExecutor) driver).executeScript("return window.judgeDraftSaves;"))
				.intValue() > 0);
		this.browser.navigate().refresh();
		Browser.awaitDraftLoaded(this.browser);
		Object text = ((JavascriptExecutor) this.browser).executeScript("return window.judgeEditor.getValue();");
		assertThat(text).asString().contains("my draft 4711");
	}

	@Test
	void explanationUnlocksOnRequest() {
		// No test submits to min-max-scaling as admin, so its explanation is still locked
		// here.
		this.browser.get(base() + "/problems/min-max-scaling");
		var show = this.browser.findElement(By.id("show-answer"));
		((JavascriptExecutor) this.browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", show);
		((JavascriptExecutor) this.browser).executeScript("window.confirm = function () { return true; };");
		show.click();
		assertThat(new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("explanation-text")))
			.getText()).isNotBlank();
	}

	private void click(String id) {
		Browser.click(this.browser, this.browser.findElement(By.id(id)));
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
