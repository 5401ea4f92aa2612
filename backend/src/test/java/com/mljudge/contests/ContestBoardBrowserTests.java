package com.mljudge.contests;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.mljudge.problembank.ProblemBank;
import com.mljudge.support.Browser;
import com.mljudge.support.BrowserExtension;
import com.mljudge.support.IntegrationTest;
import com.mljudge.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.mljudge.contests.ContestFixtures.uniqueSlug;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live contest in a real browser: the admin creates it through the form, a fresh
 * contestant registers on the contest page, opens the scoreboard, and a real accepted
 * submission appears on it without a reload.
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class ContestBoardBrowserTests {

	private static final String PROBLEM = "euclidean-distance";

	@LocalServerPort
	int port;

	@Autowired
	ProblemBank bank;

	WebDriver browser;

	@Test
	void theBoardShowsANewSolveWithoutAReload(WebDriver browser) {
		ContestFixtures fixtures = new ContestFixtures(this.port);
		String slug = uniqueSlug("live");
		Instant now = Instant.now();
		this.browser = browser;
		createThroughTheForm(slug, now.minus(Duration.ofMinutes(45)), now.plus(Duration.ofHours(1)));

		String user = fixtures.newUser("live");
		this.browser.manage().deleteAllCookies();
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
		// The board's live swap replaces the cell; a look that catches the old one tries
		// again.
		new WebDriverWait(this.browser, Duration.ofSeconds(90)).ignoring(StaleElementReferenceException.class)
			.until(ExpectedConditions.attributeContains(By.id(cell), "class", "cell-first"));
		Browser.screenshot(this.browser, "contest-live-board");
		assertThat(this.browser.findElement(By.id(cell)).getText()).contains("1 try");
		assertThat(this.browser.findElement(By.cssSelector("#row-" + user + " .total")).getText()).isEqualTo("1");
		assertThat(this.browser.findElement(By.id("stats-" + PROBLEM)).getText()).isEqualTo("1 / 1");
		assertThat(((JavascriptExecutor) this.browser).executeScript("return window.contestBoardMarker;"))
			.isEqualTo("still here");
	}

	/**
	 * The admin's way: the list's "New contest" button, the form, and the contest page it
	 * leads to.
	 */
	private void createThroughTheForm(String slug, Instant start, Instant end) {
		Browser.signIn(this.browser, this.port, "admin", TestDatabase.ADMIN_PASSWORD);
		this.browser.get(base() + "/contests");
		this.browser.findElement(By.id("new-contest")).click();
		this.browser.findElement(By.id("slug")).sendKeys(slug);
		this.browser.findElement(By.id("title")).sendKeys("Live cup " + slug);
		this.browser.findElement(By.id("description")).sendKeys("Two problems, one hour: **go**.");
		this.browser.findElement(By.id("problems")).sendKeys(PROBLEM + ", kmeans");
		// Date-time inputs take keys in the browser's locale format; their value is ISO
		// whatever the locale.
		JavascriptExecutor js = (JavascriptExecutor) this.browser;
		js.executeScript("document.getElementById('startsAt').value = arguments[0];", formTime(start));
		js.executeScript("document.getElementById('endsAt').value = arguments[0];", formTime(end));
		Browser.screenshot(this.browser, "contest-form");
		WebElement save = this.browser.findElement(By.id("save-contest"));
		js.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", save);
		save.click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.urlContains("/contests/" + slug));
		assertThat(this.browser.findElement(By.id("contest-title")).getText()).isEqualTo("Live cup " + slug);
		this.browser.get(base() + "/contests");
		this.browser.findElement(By.id("contest-" + slug));
		Browser.screenshot(this.browser, "contest-list");
	}

	private static String formTime(Instant instant) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZoneOffset.UTC).format(instant);
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
