package com.mljudge.web;

import com.mljudge.support.Browser;
import com.mljudge.support.BrowserExtension;
import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SiteClient;
import com.mljudge.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when", in a real browser: home page, sign in as admin, create a
 * token, use it.
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class SignInBrowserTests {

	@LocalServerPort
	int port;

	WebDriver browser;

	@BeforeEach
	void openBrowser(WebDriver browser) {
		this.browser = browser;
	}

	@Test
	void adminSignsInAndCreatesATokenThatWorks() {
		String base = "http://localhost:" + this.port;
		this.browser.get(base + "/");
		assertThat(this.browser.getTitle()).contains("ML Interview Judge");
		Browser.screenshot(this.browser, "home");

		this.browser.findElement(By.id("sign-in-link")).click();
		this.browser.findElement(By.id("username")).sendKeys("admin");
		this.browser.findElement(By.id("password")).sendKeys(TestDatabase.ADMIN_PASSWORD);
		this.browser.findElement(By.id("sign-in")).click();
		assertThat(this.browser.findElement(By.id("account-menu")).getText()).isEqualTo("admin");

		this.browser.get(base + "/account");
		this.browser.findElement(By.id("token-name")).sendKeys("browser token");
		this.browser.findElement(By.id("create-token")).click();
		String token = this.browser.findElement(By.id("new-token")).getText();
		Browser.screenshot(this.browser, "account-token-created");
		assertThat(token).startsWith("mlj_");
		assertThat(this.browser.findElement(By.id("tokens")).getText()).contains("browser token");

		assertThat(new SiteClient(this.port).json("GET", "/api/me", null, "Bearer " + token).statusCode())
			.isEqualTo(200);
	}

	@Test
	void wrongPasswordStaysOnSignInWithAMessage() {
		this.browser.get("http://localhost:" + this.port + "/login");
		this.browser.findElement(By.id("username")).sendKeys("admin");
		this.browser.findElement(By.id("password")).sendKeys("wrong-password");
		this.browser.findElement(By.id("sign-in")).click();
		assertThat(this.browser.findElement(By.id("login-error")).getText()).contains("Wrong username or password");
	}

	@Test
	void aFailedSignInKeepsTheUsernameAndAsksOnlyForThePassword() {
		String name = "nobody" + System.nanoTime() % 1_000_000;
		this.browser.get("http://localhost:" + this.port + "/login");
		this.browser.findElement(By.id("username")).sendKeys(name);
		this.browser.findElement(By.id("password")).sendKeys("not-the-password");
		this.browser.findElement(By.id("sign-in")).click();
		this.browser.findElement(By.id("login-error"));
		assertThat(this.browser.findElement(By.id("username")).getDomProperty("value")).isEqualTo(name);
		assertThat(this.browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("password");
	}

}
