package com.mljudge.submissions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The problem page by keyboard alone, Run and Submit sending one attempt however often
 * they are clicked, and a verdict updating what it unlocks without a reload.
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class ProblemPageUsabilityBrowserTests {

	private static final String NOT_JAVA = "this is not java";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProblemBank bank;

	WebDriver browser;

	String username;

	@BeforeEach
	void signIn(WebDriver browser) {
		this.browser = browser;
		this.username = SiteClient.username(new SiteClient(this.port).registerFreshUser("keys"));
		Browser.signIn(browser, this.port, this.username, SiteClient.USER_PASSWORD);
	}

	@Test
	void escThenTabLeavesTheEditorAndEveryControlIsReachable() {
		this.browser.get(base() + "/problems/kmeans");
		Browser.awaitDraftLoaded(this.browser);
		assertThat(this.browser.findElement(By.id("editor-keys")).isDisplayed()).isTrue();
		assertThat(this.browser.findElement(By.id("editor-keys")).getText()).contains("Esc then Tab");
		List<String> before = new ArrayList<>();
		for (int i = 0; i < 80 && !inEditor(); i++) {
			press(Keys.TAB);
			before.add(focused());
		}
		assertThat(inEditor()).as("Tab from the top reaches the editor, passing " + before).isTrue();
		assertThat(before).contains("problem-leaderboard");
		String editorDescription = (String) script(
				"return document.getElementById(document.activeElement.getAttribute('aria-describedby')).textContent;");
		assertThat(editorDescription).contains("Esc");

		press(Keys.TAB);
		assertThat(inEditor()).as("Tab alone indents inside the editor").isTrue();
		assertThat((String) script("return window.judgeEditor.getValue();")).contains("\t");

		press(Keys.ESCAPE);
		press(Keys.TAB);
		assertThat(focused()).isEqualTo("run");
		List<String> after = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			press(Keys.TAB);
			after.add(focused());
		}
		assertThat(after).containsSubsequence("submit", "your-submissions", "custom-input-summary", "hint-1");

		// Back into the editor with Shift+Tab from Run, then out the other way.
		script("document.getElementById('run').focus();");
		new Actions(this.browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
		assertThat(inEditor()).isTrue();
		press(Keys.ESCAPE);
		new Actions(this.browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
		assertThat(inEditor()).isFalse();

		// Run from the keyboard: the verdict comes back.
		script("window.judgeEditor.setValue(arguments[0]);", NOT_JAVA);
		script("document.getElementById('run').focus();");
		press(Keys.ENTER);
		assertThat(Browser.awaitVerdict(this.browser)).isEqualTo("COMPILE ERROR");
		Browser.screenshot(this.browser, "kmeans-keyboard");
	}

	@Test
	void aDoubleClickOnSubmitMakesOneSubmission() {
		this.browser.get(base() + "/problems/kmeans");
		Browser.typeSource(this.browser, NOT_JAVA);
		Browser.scrollTo(this.browser, this.browser.findElement(By.id("submit")));
		new Actions(this.browser).doubleClick(this.browser.findElement(By.id("submit"))).perform();
		assertThat(Browser.awaitVerdict(this.browser)).isEqualTo("COMPILE ERROR");
		awaitNoRequestInFlight();
		assertThat(submissions("SUBMIT")).isEqualTo(1);
	}

	@Test
	void manyQuickClicksOnRunSendOneRun() {
		this.browser.get(base() + "/problems/kmeans");
		Browser.typeSource(this.browser, NOT_JAVA);
		script("var run = document.getElementById('run'); for (var i = 0; i < 35; i++) { run.click(); }");
		assertThat(Browser.awaitVerdict(this.browser)).isEqualTo("COMPILE ERROR");
		awaitNoRequestInFlight();
		assertThat(submissions("RUN")).isEqualTo(1);
		assertThat(this.browser.findElement(By.id("run")).isEnabled()).as("enabled again once answered").isTrue();
		assertThat(this.browser.findElement(By.id("submit")).isEnabled()).isTrue();
	}

	@Test
	void anAcceptedSubmissionUnlocksTheExplanationAndMarksTheProblemSolvedInPlace() {
		this.browser.get(base() + "/problems/kmeans");
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((d) -> !d.findElements(By.id("show-answer")).isEmpty());
		assertThat(this.browser.findElement(By.id("problem-status")).getText()).isEmpty();
		Browser.typeSource(this.browser, NOT_JAVA);
		Browser.click(this.browser, this.browser.findElement(By.id("submit")));
		assertThat(Browser.awaitVerdict(this.browser)).isEqualTo("COMPILE ERROR");
		Browser.awaitText(this.browser, By.id("problem-status"), "Attempted", Duration.ofSeconds(10));
		assertThat(this.browser.findElements(By.id("explanation-text"))).isEmpty();

		Browser.typeSource(this.browser, this.bank.get("kmeans").coding().referenceSource());
		Browser.click(this.browser, this.browser.findElement(By.id("submit")));
		Browser.awaitText(this.browser, By.id("verdict"), "ACCEPTED", Duration.ofSeconds(90));
		Browser.awaitText(this.browser, By.id("problem-status"), "\u2713 Solved", Duration.ofSeconds(10));
		assertThat(new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("explanation-text")))
			.getText()).isNotBlank();
		assertThat(this.browser.findElement(By.id("explanation")).getText()).doesNotContain("unlocks when you solve");
		Browser.screenshot(this.browser, "kmeans-solved-in-place");

		this.browser.get(base() + "/problems?q=clusters+centroids");
		assertThat(this.browser.findElement(By.cssSelector("#problem-list a[href$='/problems/kmeans']")).getText())
			.contains("\u2713 Solved");
	}

	@Test
	void undoStopsAtTheRestoredDraft() {
		this.browser.get(base() + "/problems/word-ladder");
		Browser.typeSource(this.browser, "// draft to keep 5150\npublic class Solution {}\n");
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((d) -> ((Number) script("return window.judgeDraftSaves;")).intValue() > 0);
		this.browser.navigate().refresh();
		Browser.awaitDraftLoaded(this.browser);
		script("window.judgeEditor.focus();");
		for (int i = 0; i < 5; i++) {
			new Actions(this.browser).keyDown(Keys.CONTROL).sendKeys("z").keyUp(Keys.CONTROL).perform();
		}
		assertThat((String) script("return window.judgeEditor.getValue();")).contains("draft to keep 5150");
		assertThat(((Number) script("return window.judgeEditor.historySize().undo;")).intValue()).isZero();
	}

	private void awaitNoRequestInFlight() {
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((d) -> (Boolean) script("return document.querySelectorAll('.htmx-request').length === 0;"));
	}

	private int submissions(String mode) {
		return this.jdbc.queryForObject(
				"select count(*) from submissions s join users u on u.id = s.user_id where u.username = ? and s.mode = ?",
				Integer.class, this.username, mode);
	}

	private void press(CharSequence key) {
		new Actions(this.browser).sendKeys(key).perform();
	}

	private boolean inEditor() {
		return (Boolean) script("return !!document.activeElement.closest('.CodeMirror');");
	}

	private String focused() {
		return (String) script(
				"var e = document.activeElement; return e.id || e.tagName + ':' + e.textContent.trim();");
	}

	private Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.browser).executeScript(script, args);
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
