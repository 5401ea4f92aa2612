package com.mljudge.submissions;

import java.time.Duration;

import com.mljudge.judge.PythonRunner;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The problem page's language switch in a real browser, on a server where Python is off:
 * the option says why it is off; forced on (as a page from a server with Python would
 * be), it switches the editor's mode and starter, keeps a draft per language, and Run
 * sends the language (here refused with the reason).
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class LanguageSwitchBrowserTests {

	@LocalServerPort
	int port;

	WebDriver browser;

	@BeforeEach
	void signIn(WebDriver browser) {
		this.browser = browser;
		String user = new SiteClient(this.port).registerFreshUser("switch");
		Browser.signIn(this.browser, this.port, SiteClient.username(user), SiteClient.USER_PASSWORD);
	}

	@Test
	void pythonIsOfferedDisabledWithTheReasonItIsOff() {
		this.browser.get(base() + "/problems/kmeans");
		Browser.awaitDraftLoaded(this.browser);
		WebElement python = this.browser.findElement(By.cssSelector("#language option[value=python]"));
		assertThat(python.isEnabled()).isFalse();
		assertThat(python.getAttribute("title")).isEqualTo(PythonRunner.offReason());
		assertThat(this.browser.findElement(By.id("language-off")).getText()).isEqualTo(PythonRunner.offReason());
		assertThat(new Select(this.browser.findElement(By.id("language"))).getFirstSelectedOption().getText())
			.isEqualTo("Java");
		assertThat(this.browser.findElement(By.id("python-signature")).getText())
			.contains("def cluster(points, k, initial_centroids)");
		assertThat(script("return window.judgeEditor.getOption('mode');")).isEqualTo("text/x-java");
	}

	@Test
	void switchingKeepsADraftPerLanguageAndRunSendsTheLanguage() {
		this.browser.get(base() + "/problems/kmeans");
		Browser.typeSource(this.browser, "// java draft 6161\npublic class Solution {}\n");
		awaitSaves(1);
		choosePython();
		assertThat(script("return window.judgeEditor.getOption('mode');")).isEqualTo("python");
		assertThat((String) script("return window.judgeEditor.getValue();"))
			.startsWith("def cluster(points, k, initial_centroids):");
		Browser.typeSource(this.browser,
				"# python draft 6262\ndef cluster(points, k, initial_centroids):\n" + "    return [0] * len(points)\n");
		awaitSaves(2);

		this.browser.navigate().refresh();
		Browser.awaitDraftLoaded(this.browser);
		assertThat((String) script("return window.judgeEditor.getValue();")).contains("java draft 6161");
		choosePython();
		Browser.awaitDraftLoaded(this.browser);
		assertThat((String) script("return window.judgeEditor.getValue();")).contains("python draft 6262");
		Browser.screenshot(this.browser, "kmeans-python-draft");

		Browser.click(this.browser, this.browser.findElement(By.id("run")));
		WebElement refused = new WebDriverWait(this.browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#result.alert")));
		assertThat(refused.getText()).contains("Python is off").contains(PythonRunner.offReason());
	}

	/** What a page from a server with Python offers: the option enabled. */
	private void choosePython() {
		script("document.querySelector('#language option[value=python]').disabled = false;");
		new Select(this.browser.findElement(By.id("language"))).selectByValue("python");
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-language", "python"));
	}

	private void awaitSaves(int count) {
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((driver) -> ((Number) script("return window.judgeDraftSaves;")).intValue() >= count);
	}

	private Object script(String code) {
		return ((JavascriptExecutor) this.browser).executeScript(code);
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
