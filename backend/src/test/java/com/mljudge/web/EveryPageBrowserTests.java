package com.mljudge.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mljudge.contests.ContestFixtures;
import com.mljudge.problembank.ProblemBank;
import com.mljudge.support.Accessibility;
import com.mljudge.support.Browser;
import com.mljudge.support.BrowserExtension;
import com.mljudge.support.IntegrationTest;
import com.mljudge.support.TestDatabase;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page at 1400 px and at 390 px (a phone): a screenshot of each in
 * target/screenshots for a reviewer to look through, no page wider than the screen (wide
 * code and tables scroll inside their own box), and no serious or critical accessibility
 * violation that axe-core finds.
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class EveryPageBrowserTests {

	private static final int[][] SCREENS = { { 1400, 900 }, { 390, 844 } };

	@LocalServerPort
	int port;

	@Autowired
	ProblemBank bank;

	@Test
	void everyPageFitsAPhoneAndADesktop(WebDriver browser) {
		String contest = contestWithAMathDescription();
		Browser.signIn(browser, this.port, "admin", TestDatabase.ADMIN_PASSWORD);
		String conceptual = this.bank.problems().stream().filter((p) -> !p.isCoding()).findFirst().orElseThrow().slug();
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("home", "/");
		pages.put("catalog", "/problems");
		pages.put("problem", "/problems/kmeans");
		pages.put("problem-pca", "/problems/pca");
		pages.put("problem-history", "/problems/kmeans/submissions");
		pages.put("practice", "/practice");
		pages.put("practice-question", "/practice/questions/" + conceptual);
		pages.put("leaderboards", "/leaderboards");
		pages.put("leaderboard-problem", "/leaderboards/problems/kmeans");
		pages.put("contests", "/contests");
		pages.put("contest", "/contests/" + contest);
		pages.put("scoreboard", "/contests/" + contest + "/scoreboard");
		pages.put("profile", "/profile");
		pages.put("account", "/account");
		pages.put("authoring", "/authoring");
		pages.put("admin-users", "/admin/users");
		pages.put("authoring-edit", newAuthoringDraft(browser));
		pages.put("my-submissions", "/submissions");
		pages.put("quiz-start", "/practice/quiz");
		pages.put("login", "/login");
		pages.put("register", "/register");
		List<String> tooWide = new ArrayList<>();
		List<String> inaccessible = new ArrayList<>();
		for (int[] screen : SCREENS) {
			browser.manage().window().setSize(new Dimension(screen[0], screen[1]));
			for (Map.Entry<String, String> page : pages.entrySet()) {
				browser.get("http://localhost:" + this.port + page.getValue());
				settle(browser);
				Browser.screenshot(browser, "page-" + page.getKey() + "-" + screen[0]);
				if (screen[0] == SCREENS[0][0]) {
					Accessibility.seriousViolations(browser).forEach((v) -> inaccessible.add(page.getKey() + ": " + v));
				}
				long overflow = overflow(browser);
				if (overflow > 0) {
					tooWide.add(page.getKey() + " at " + screen[0] + " px is " + overflow + " px too wide: "
							+ widest(browser));
				}
			}
		}
		SoftAssertions.assertSoftly((softly) -> {
			softly.assertThat(tooWide).as("pages wider than the screen").isEmpty();
			softly.assertThat(inaccessible).as("serious or critical accessibility violations (axe-core)").isEmpty();
		});
	}

	@Test
	void theCatalogShowsAProblemOnThePhonesFirstScreen(WebDriver browser) {
		browser.manage().window().setSize(new Dimension(390, 844));
		browser.get("http://localhost:" + this.port + "/problems");
		settle(browser);
		long top = ((Number) script(browser,
				"return document.querySelector('#problem-list a').getBoundingClientRect().top;"))
			.longValue();
		long height = ((Number) script(browser, "return window.innerHeight;")).longValue();
		assertThat(top).isLessThan(height - 60);
		assertThat(browser.findElement(By.id("filters")).isDisplayed()).isFalse();
		browser.findElement(By.id("filters-toggle")).click();
		new WebDriverWait(browser, Duration.ofSeconds(5)).until((d) -> d.findElement(By.id("filters")).isDisplayed());
		Browser.screenshot(browser, "page-catalog-filters-open-390");
	}

	@Test
	void aContestShowsItsMathsAndItsProblemsCarryABannerWithTheTimeLeft(WebDriver browser) {
		String contest = contestWithAMathDescription();
		browser.get("http://localhost:" + this.port + "/contests/" + contest);
		settle(browser);
		assertThat(browser.findElements(By.cssSelector("#description .katex"))).hasSizeGreaterThanOrEqualTo(2);
		assertThat(browser.findElement(By.id("description")).getText()).doesNotContain("$k$");

		browser.get("http://localhost:" + this.port + "/problems/pca");
		WebElement banner = new WebDriverWait(browser, Duration.ofSeconds(10))
			.until((d) -> d.findElement(By.id("contest-banner-" + contest)));
		assertThat(banner.getText()).contains("Problem B of Contest " + contest).contains("ends in");
		new WebDriverWait(browser, Duration.ofSeconds(5))
			.until((d) -> banner.findElement(By.className("countdown")).getText().matches("\\d\\d:\\d\\d:\\d\\d"));
	}

	@Test
	void firstToSolveCellsHaveWhiteText(WebDriver browser) {
		String contest = contestWithAMathDescription();
		ContestFixtures fixtures = new ContestFixtures(this.port);
		fixtures.register(contest, fixtures.newUser("cell"));
		browser.get("http://localhost:" + this.port + "/contests/" + contest + "/scoreboard");
		settle(browser);
		// Whether a real first solve lands in time is the board's business; the colour
		// is the stylesheet's, so a cell is marked by hand.
		String color = (String) script(browser, """
				var cell = document.querySelector('#scoreboard tbody td.cell');
				cell.className += ' cell-first';
				cell.innerHTML = '<div class="cell-main">12</div><div class="cell-sub">1 try</div>';
				return getComputedStyle(cell.querySelector('.cell-sub')).color;
				""");
		assertThat(color).isEqualTo("rgb(255, 255, 255)");
	}

	@Test
	void theAuthoringTestsTableFitsItsColumnAt1400(WebDriver browser) {
		Browser.signIn(browser, this.port, "admin", TestDatabase.ADMIN_PASSWORD);
		browser.manage().window().setSize(new Dimension(1400, 900));
		browser.get("http://localhost:" + this.port + newAuthoringDraft(browser));
		settle(browser);
		Browser.scrollTo(browser, browser.findElement(By.id("tests")));
		Browser.screenshot(browser, "page-authoring-tests-1400");
		long hidden = ((Number) script(browser, """
				var box = document.getElementById('tests').parentElement;
				return box.scrollWidth - box.clientWidth;""")).longValue();
		assertThat(hidden).as("pixels of the tests table hidden sideways").isLessThanOrEqualTo(0);
	}

	/** A fresh coding draft made through the real form; answers its editor's path. */
	private String newAuthoringDraft(WebDriver browser) {
		String slug = ContestFixtures.uniqueSlug("layout");
		browser.get("http://localhost:" + this.port + "/authoring");
		browser.findElement(By.id("new-title")).sendKeys("Layout check");
		browser.findElement(By.id("new-slug")).sendKeys(slug);
		Browser.click(browser, browser.findElement(By.id("kind-coding")));
		Browser.click(browser, browser.findElement(By.id("create-problem")));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until((d) -> d.getCurrentUrl().contains("/edit"));
		return "/authoring/" + slug + "/edit";
	}

	private String contestWithAMathDescription() {
		ContestFixtures fixtures = new ContestFixtures(this.port);
		String slug = ContestFixtures.uniqueSlug("pages");
		Instant now = ContestFixtures.now();
		var contest = ContestFixtures.contest(slug, "ICPC", now.minusSeconds(600), now.plusSeconds(3600), 0,
				List.of("kmeans", "pca", "euclidean-distance"));
		contest.put("description", "Three rounds of $k$-means, PCA and distances: $\\sqrt{\\sum_i (x_i - y_i)^2}$.");
		fixtures.create(contest);
		return slug;
	}

	private static void settle(WebDriver browser) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until((d) -> (Boolean) script(d,
				"return document.readyState === 'complete' && document.querySelectorAll('.htmx-request').length === 0;"));
	}

	private static long overflow(WebDriver browser) {
		return ((Number) script(browser,
				"return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
			.longValue();
	}

	/** The element that reaches furthest right, to name in the failure. */
	private static String widest(WebDriver browser) {
		return (String) script(browser, """
				var worst = null, right = document.documentElement.clientWidth;
				function clipped(e) {
				  for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {
				    if (getComputedStyle(p).overflowX !== 'visible') { return true; }
				  }
				  return false;
				}
				document.querySelectorAll('body *').forEach(function (e) {
				  var r = e.getBoundingClientRect();
				  if (r.right > right + 1 && !clipped(e)) { right = r.right; worst = e; }
				});
				return worst ? worst.tagName + '#' + worst.id + '.' + worst.className + ' right=' + right : 'none';
				""");
	}

	private static Object script(WebDriver browser, String script) {
		return ((JavascriptExecutor) browser).executeScript(script);
	}

}
