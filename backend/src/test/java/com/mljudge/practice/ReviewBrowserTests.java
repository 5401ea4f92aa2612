package com.mljudge.practice;

import java.time.Duration;

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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A flashcard review in a real browser: sign in, start a review, reveal the answer, grade
 * it, next card; and an interview drill's countdown, answer and self-grade.
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class ReviewBrowserTests {

	@LocalServerPort
	int port;

	WebDriver browser;

	@BeforeEach
	void openBrowser(WebDriver browser) {
		this.browser = browser;
	}

	@Test
	void adminRevealsGradesAndGetsTheNextCard() {
		String base = "http://localhost:" + this.port;
		Browser.signIn(this.browser, this.port, "admin", TestDatabase.ADMIN_PASSWORD);
		assertThat(this.browser.findElement(By.id("account-menu")).getText()).isEqualTo("admin");

		this.browser.get(base + "/practice");
		Browser.screenshot(this.browser, "practice-index");
		this.browser.findElement(By.id("start-review")).click();
		String first = this.browser.findElement(By.id("card-title")).getText();
		assertThat(first).isNotBlank();
		assertThat(this.browser.findElement(By.id("grade-good")).isDisplayed()).as("hidden before reveal").isFalse();

		this.browser.findElement(By.id("reveal-answer")).click();
		assertThat(this.browser.findElement(By.cssSelector("#answer .key-points")).isDisplayed()).isTrue();
		Browser.screenshot(this.browser, "practice-review-revealed");
		WebElement good = this.browser.findElement(By.id("grade-good"));
		// Long answers push the buttons below the fold; Bootstrap's smooth scrolling
		// would still be moving when the click lands, so jump there at once.
		((JavascriptExecutor) this.browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", good);
		good.click();

		assertThat(this.browser.findElement(By.id("reviewed")).getText()).contains(first)
			.contains("graded Good")
			.contains("next review in 2 days");
		String next = this.browser.findElement(By.id("card-title")).getText();
		assertThat(next).isNotBlank().isNotEqualTo(first);
		Browser.screenshot(this.browser, "practice-review-next-card");
	}

	@Test
	void aDrillCountsDownThenShowsTheModelAnswerAndGradesIt() {
		String base = "http://localhost:" + this.port;
		Browser.signIn(this.browser, this.port, "admin", TestDatabase.ADMIN_PASSWORD);
		this.browser.get(base + "/practice");
		this.browser.findElement(By.id("start-drill")).click();
		new Select(this.browser.findElement(By.id("minutes"))).selectByValue("2");
		Browser.click(this.browser, this.browser.findElement(By.id("start-drill")));

		WebElement countdown = this.browser.findElement(By.id("countdown"));
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> countdown.getText().matches("1:5[0-9]"));
		this.browser.findElement(By.id("own-answer")).sendKeys("Start from the metric the business cares about.");
		Browser.click(this.browser, this.browser.findElement(By.id("reveal")));
		assertThat(this.browser.findElement(By.id("model-answer")).getText()).isNotBlank();
		Browser.click(this.browser, this.browser.findElement(By.id("point-0")));
		Browser.screenshot(this.browser, "practice-drill-grade");
		Browser.click(this.browser, this.browser.findElement(By.id("grade-drill")));

		assertThat(this.browser.findElement(By.id("reviewed")).getText()).contains("graded");
		assertThat(this.browser.findElement(By.id("countdown")).getText()).matches("[12]:[0-9]{2}");
	}

}
