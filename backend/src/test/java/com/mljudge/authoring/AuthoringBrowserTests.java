package com.mljudge.authoring;

import java.time.Duration;
import java.util.List;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin in a real browser: create a small coding problem, add tests, validate,
 * publish, then solve it.
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class AuthoringBrowserTests {

	@LocalServerPort
	int port;

	WebDriver browser;

	@BeforeEach
	void signIn(WebDriver browser) {
		this.browser = browser;
		Browser.signIn(this.browser, this.port, "admin", TestDatabase.ADMIN_PASSWORD);
	}

	@Test
	void createValidatePublishAndSolveACodingProblem() {
		String slug = AuthoringFixtures.uniqueSlug("browser-mean");
		this.browser.get(base() + "/authoring");
		this.browser.findElement(By.id("new-title")).sendKeys("Mean of an array");
		assertThat(this.browser.findElement(By.id("new-title")).getAttribute("value")).isEqualTo("Mean of an array");
		this.browser.findElement(By.id("new-slug")).sendKeys(slug);
		this.browser.findElement(By.id("kind-coding")).click();
		Browser.click(this.browser, this.browser.findElement(By.id("create-problem")));
		wait(20).until(ExpectedConditions.presenceOfElementLocated(By.id("created")));
		wait(20).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-editor-ready", "true"));

		// The worked example already validates (a sample and eight hidden tests); the
		// author adds one more of their own.
		Browser.click(this.browser, this.browser.findElement(By.id("add-test")));
		List<WebElement> rows = this.browser.findElements(By.cssSelector("tr.test-row"));
		assertThat(rows).hasSize(10);
		for (int i = 9; i < rows.size(); i++) {
			rows.get(i).findElement(By.cssSelector("input[name$='.name']")).sendKeys("hidden-" + i);
			rows.get(i)
				.findElement(By.cssSelector("textarea[name$='.args']"))
				.sendKeys("[[" + i + ".5, -" + i + ".0]]");
		}
		wait(10)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("statement-preview"), "arithmetic mean"));
		assertThat(this.browser.findElements(By.cssSelector(".CodeMirror"))).hasSizeGreaterThanOrEqualTo(3);
		Browser.screenshot(this.browser, "authoring-editor");

		Browser.click(this.browser, this.browser.findElement(By.id("validate")));
		wait(120).until(ExpectedConditions.presenceOfElementLocated(By.id("validation-passed")));
		assertThat(this.browser.findElements(By.cssSelector(".validation-check"))).hasSizeGreaterThanOrEqualTo(5);
		Browser.screenshot(this.browser, "authoring-validated");

		Browser.click(this.browser, this.browser.findElement(By.id("publish")));
		wait(20).until(ExpectedConditions.presenceOfElementLocated(By.id("published")));
		assertThat(this.browser.findElement(By.id("versions")).getText()).contains("v1");
		Browser.screenshot(this.browser, "authoring-published");
		this.browser.get(base() + "/authoring");
		assertThat(this.browser.findElement(By.id("my-problems")).getText()).contains("Mean of an array");
		Browser.screenshot(this.browser, "authoring-list");
		this.browser.get(base() + "/admin/audit?q=" + slug);
		assertThat(this.browser.findElement(By.id("audit")).getText()).contains("publish").contains("validate");
		Browser.screenshot(this.browser, "authoring-audit");

		this.browser.get(base() + "/problems/" + slug);
		wait(20).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-draft-loaded", "true"));
		((JavascriptExecutor) this.browser).executeScript("window.judgeEditor.setValue(arguments[0]);", """
				public class Solution {
				    public static double mean(double[] values) {
				        double sum = 0;
				        for (double v : values) {
				            sum += v;
				        }
				        return sum / values.length;
				    }
				}
				""");
		Browser.click(this.browser, this.browser.findElement(By.id("submit")));
		String verdict = Browser.awaitVerdict(this.browser);
		Browser.screenshot(this.browser, "authoring-solved");
		assertThat(verdict).isEqualTo("ACCEPTED");
	}

	private WebDriverWait wait(int seconds) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(seconds));
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
