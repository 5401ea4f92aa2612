package com.mljudge.interviews;

import java.time.Duration;
import java.util.List;

import com.mljudge.accounts.AccountRoles;
import com.mljudge.problembank.ProblemBank;
import com.mljudge.support.Browser;
import com.mljudge.support.BrowserExtension;
import com.mljudge.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live interview in two real browsers: the interviewer starts it, the candidate types
 * and the interviewer's page shows it without a reload; a released hint appears on the
 * candidate's page; a submission's verdict, the scores and the recommendation end up in
 * the report, and the candidate's shared version leaves out the private notes.
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class InterviewBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountRoles roles;

	@Autowired
	ProblemBank bank;

	@Test
	void theInterviewerWatchesTheCandidateTypeAndTheReportShowsWhatHappened(WebDriver interviewerBrowser) {
		InterviewFixtures fx = new InterviewFixtures(this.port, this.roles);
		String interviewer = fx.interviewer("iv");
		String candidate = fx.user("cand");
		long id = fx.create(interviewer, candidate, "euclidean-distance", 20, "bias-and-variance", 10);
		String page = "http://localhost:" + this.port + "/interviews/" + id;

		Browser.signIn(interviewerBrowser, this.port, interviewer, InterviewFixtures.PASSWORD);
		interviewerBrowser.get(page);
		awaitLive(interviewerBrowser);
		Browser.click(interviewerBrowser, interviewerBrowser.findElement(By.id("start")));
		wait(interviewerBrowser).until(ExpectedConditions.textToBe(By.id("state"), "LIVE"));

		WebDriver candidateBrowser = Browser.start();
		try {
			Browser.signIn(candidateBrowser, this.port, candidate, InterviewFixtures.PASSWORD);
			candidateBrowser.get(page);
			awaitLive(candidateBrowser);
			assertThat(candidateBrowser.getPageSource()).doesNotContain("Reference solution", "Private notes");
			// The language switch: Java chosen; Python offered with the reason it is off
			// on this JDK 17 server, and not choosable.
			org.openqa.selenium.support.ui.Select language = new org.openqa.selenium.support.ui.Select(
					candidateBrowser.findElement(By.id("language")));
			assertThat(language.getFirstSelectedOption().getText()).isEqualTo("Java");
			assertThat(candidateBrowser.findElement(By.cssSelector("#language option[value='python']")).isEnabled())
				.isFalse();
			assertThat(candidateBrowser.findElement(By.id("language-off")).getText()).startsWith("Python is off");
			assertThat(candidateBrowser.findElement(By.id("python-signature")).getText())
				.isEqualTo("In Python: def distance(a, b)");
			candidateBrowser.findElement(By.cssSelector(".CodeMirror")).click();
			candidateBrowser.findElement(By.cssSelector(".CodeMirror textarea")).sendKeys("// my first idea");
			wait(interviewerBrowser)
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("work-0"), "// my first idea"));
			Browser.screenshot(interviewerBrowser, "interview-interviewer-live");

			Browser.click(interviewerBrowser, interviewerBrowser.findElement(By.id("release-hint")));
			wait(candidateBrowser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("hints"),
					"squared coordinate differences"));
			Browser.screenshot(candidateBrowser, "interview-candidate-hint");

			((JavascriptExecutor) candidateBrowser).executeScript("window.judgeEditor.setValue(arguments[0]);",
					this.bank.get("euclidean-distance").coding().referenceSource());
			Browser.click(candidateBrowser, candidateBrowser.findElement(By.id("submit")));
			new WebDriverWait(interviewerBrowser, Duration.ofSeconds(90)).ignoring(StaleElementReferenceException.class)
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("runs-0"), "ACCEPTED"));

			interviewerBrowser.findElement(By.id("notes-0")).sendKeys("Talked through the loop first.");
			wait(interviewerBrowser).until(ExpectedConditions.textToBe(By.id("notes-status-0"), "saved"));
			new org.openqa.selenium.support.ui.Select(interviewerBrowser
				.findElement(By.cssSelector("select.score[data-position='0'][data-dimension='Code correctness']")))
				.selectByValue("4");
			Browser.click(interviewerBrowser, interviewerBrowser.findElement(By.id("end")));
			wait(interviewerBrowser).until(ExpectedConditions.textToBe(By.id("state"), "ENDED"));
			Browser.click(interviewerBrowser, interviewerBrowser.findElement(By.id("rec-YES")));
			interviewerBrowser.findElement(By.id("summary")).sendKeys("Clear and correct.");
			Browser.click(interviewerBrowser, interviewerBrowser.findElement(By.id("save-verdict")));
			wait(interviewerBrowser).until(ExpectedConditions.textToBe(By.id("verdict-status"), "saved"));
			Browser.click(interviewerBrowser, interviewerBrowser.findElement(By.id("share-report")));
			wait(interviewerBrowser)
				.until(ExpectedConditions.textToBe(By.id("verdict-status"), "shared with the candidate"));

			interviewerBrowser.get(page + "/report");
			assertThat(interviewerBrowser.findElement(By.cssSelector("#report-item-0 .final-verdict")).getText())
				.isEqualTo("ACCEPTED");
			assertThat(interviewerBrowser.findElement(By.cssSelector("#report-item-0 .hints-released")).getText())
				.isEqualTo("1");
			assertThat(interviewerBrowser.findElement(By.cssSelector("#report-item-0 .private-notes")).getText())
				.contains("Talked through the loop first.");
			assertThat(interviewerBrowser.findElement(By.id("recommendation")).getText()).isEqualTo("Yes");
			wait(interviewerBrowser).until(ExpectedConditions
				.textToBePresentInElementLocated(By.cssSelector("#report-item-0 .replay-code"), "class"));
			Browser.screenshot(interviewerBrowser, "interview-report");

			// The candidate's page follows the end and the sharing by itself.
			wait(candidateBrowser).until(ExpectedConditions.presenceOfElementLocated(By.id("report-link")));
			Browser.click(candidateBrowser, candidateBrowser.findElement(By.id("report-link")));
			candidateBrowser.findElement(By.id("candidate-version"));
			assertThat(candidateBrowser.findElement(By.id("summary-text")).getText()).isEqualTo("Clear and correct.");
			assertThat(candidateBrowser.findElements(By.cssSelector(".private-notes"))).isEmpty();
			assertThat(candidateBrowser.getPageSource()).doesNotContain("Talked through the loop first.");
			List<String> scores = candidateBrowser.findElements(By.cssSelector("#report-item-0 .scores .score"))
				.stream()
				.map((e) -> e.getText().strip())
				.toList();
			assertThat(scores).contains("4");
			Browser.screenshot(candidateBrowser, "interview-candidate-report");
		}
		finally {
			candidateBrowser.quit();
		}
	}

	private static void awaitLive(WebDriver browser) {
		wait(browser).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-live", "true"));
	}

	private static WebDriverWait wait(WebDriver browser) {
		return new WebDriverWait(browser, Duration.ofSeconds(20));
	}

}
