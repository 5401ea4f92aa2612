package com.mljudge.contests;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.mljudge.problembank.ProblemBank;
import com.mljudge.support.Browser;
import com.mljudge.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.mljudge.contests.ContestFixtures.contest;
import static com.mljudge.contests.ContestFixtures.uniqueSlug;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live contest in a real browser: a fresh contestant registers on the contest page, opens the scoreboard,
 * and a real accepted submission appears on it without a reload.
 */
@IntegrationTest
class ContestBoardBrowserTests {

	private static final String PROBLEM = "euclidean-distance";

	@LocalServerPort
	int port;

	@Autowired
	ProblemBank bank;

	WebDriver browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theBoardShowsANewSolveWithoutAReload() {
		ContestFixtures fixtures = new ContestFixtures(this.port);
		Instant now = ContestFixtures.now();
		String slug = uniqueSlug("live");
		fixtures.create(contest(slug, "ICPC", now.minus(Duration.ofMinutes(45)), now.plus(Duration.ofHours(1)), 0,
				List.of(PROBLEM, "kmeans")));
		String user = fixtures.newUser("live");

		this.browser = Browser.start();
		Browser.signIn(this.browser, this.port, user, ContestFixtures.PASSWORD);
		this.browser.get(base() + "/contests/" + slug);
		assertThat(this.browser.findElement(By.cssSelector(".countdown")).getText()).matches("\\d\\d:\\d\\d:\\d\\d");
		this.browser.findElement(By.id("register")).click();
		this.browser.findElement(By.id("registered-badge"));
		Browser.screenshot(this.browser, "contest-page");
		this.browser.findElement(By.id("scoreboard-link")).click();
		this.browser.findElement(By.id("row-" + user));
		// Survives only as long as the page is not reloaded.
		((JavascriptExecutor) this.browser).executeScript("window.contestBoardMarker = 'still here';");

		fixtures.submit(user, PROBLEM, this.bank.get(PROBLEM).coding().referenceSource());
		String cell = "cell-" + user + "-" + PROBLEM;
		new WebDriverWait(this.browser, Duration.ofSeconds(90))
			.until(ExpectedConditions.attributeContains(By.id(cell), "class", "cell-first"));
		Browser.screenshot(this.browser, "contest-live-board");
		assertThat(this.browser.findElement(By.id(cell)).getText()).contains("1 try");
		assertThat(this.browser.findElement(By.cssSelector("#row-" + user + " .total")).getText()).isEqualTo("1");
		assertThat(((JavascriptExecutor) this.browser).executeScript("return window.contestBoardMarker;"))
			.isEqualTo("still here");
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
