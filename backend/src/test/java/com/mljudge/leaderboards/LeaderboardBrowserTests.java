package com.mljudge.leaderboards;

import java.time.Duration;

import com.mljudge.leaderboards.Learners.Learner;
import com.mljudge.problembank.ProblemBank;
import com.mljudge.support.Browser;
import com.mljudge.support.BrowserExtension;
import com.mljudge.support.IntegrationTest;
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
 * A fresh learner solves a problem over the API, then finds themselves ranked in a real
 * browser.
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class LeaderboardBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ProblemBank bank;

	WebDriver browser;

	@BeforeEach
	void startBrowser(WebDriver browser) {
		this.browser = browser;
	}

	@Test
	void aLearnerSeesThemselvesRankedAndHighlighted() {
		Learners learners = new Learners(this.port);
		Learner learner = learners.register("br");
		learners.submit(learner, "min-max-scaling", this.bank.get("min-max-scaling").coding().referenceSource());
		long rank = Learners.await(() -> learners.me(learner, "?period=week"), (me) -> me != null, "ranked")
			.get("rank")
			.asLong();

		Browser.signIn(this.browser, this.port, learner.name(), Learners.PASSWORD);
		// Other tests' learners share the board: open the page the learner's row is on.
		this.browser.get("http://localhost:" + this.port + "/leaderboards?period=week&page=" + (rank - 1) / 50);
		WebElement myRank = this.browser.findElement(By.id("my-rank"));
		assertThat(myRank.getText()).contains("You are ranked #").contains("10 points");
		WebElement mine = this.browser.findElement(By.cssSelector("#leaderboard tr.mine"));
		assertThat(mine.getText()).contains(learner.name()).contains("10");
		if (rank <= 50) {
			assertThat(this.browser.findElements(By.cssSelector("#leaderboard .medal-gold"))).hasSize(1);
		}
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", mine);
		Browser.screenshot(this.browser, "leaderboard-week");

		this.browser.get("http://localhost:" + this.port + "/profile");
		WebElement profileRank = new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("profile-rank")));
		assertThat(profileRank.getText()).contains("#").contains("10 points");
		Browser.screenshot(this.browser, "profile-rank");
	}

}
