package com.mljudge.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by its matching chromedriver. Nothing is
 * downloaded: the browser is the system's
 * ({@code apt-get install chromium chromium-driver}, which .ci/run does). On a developer
 * machine without it the browser tests are skipped with that hint; in CI a missing
 * browser fails them.
 */
public final class Browser {

	private static final File CHROMIUM = new File(System.getProperty("judge.chromium", "/usr/bin/chromium"));

	private static final File CHROMEDRIVER = new File(
			System.getProperty("judge.chromedriver", "/usr/bin/chromedriver"));

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private Browser() {
	}

	public static WebDriver start() {
		boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
		boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
		Assumptions.assumeTrue(installed || ci,
				"Browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1280,900");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return driver;
	}

	/** Signs in through the real form and waits until the page shows the account menu. */
	public static void signIn(WebDriver driver, int port, String username, String password) {
		driver.get("http://localhost:" + port + "/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.id("sign-in")).click();
		driver.findElement(By.id("account-menu"));
	}

	/**
	 * Scrolls the element to the middle of the window first, so no sticky bar covers it,
	 * then clicks it.
	 */
	public static void click(WebDriver driver, WebElement element) {
		for (int attempt = 1;; attempt++) {
			scrollTo(driver, element);
			try {
				element.click();
				return;
			}
			catch (ElementClickInterceptedException ex) {
				// The page moved after the scroll (a new row took the focus and scrolled
				// to it): scroll again and click again.
				if (attempt == 3) {
					throw ex;
				}
			}
		}
	}

	public static void scrollTo(WebDriver driver, WebElement element) {
		((JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
	}

	/**
	 * Waits until the problem page has put the user's saved draft (or the starter) into
	 * the editor.
	 */
	public static void awaitDraftLoaded(WebDriver driver) {
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-draft-loaded", "true"));
	}

	/**
	 * Replaces the problem page's editor content once the saved draft has loaded (it
	 * would overwrite it).
	 */
	public static void typeSource(WebDriver driver, String source) {
		awaitDraftLoaded(driver);
		((JavascriptExecutor) driver).executeScript("window.judgeEditor.setValue(arguments[0]);", source);
	}

	/**
	 * Waits for the verdict the result fragment shows, however long judging takes, and
	 * returns its text.
	 */
	public static String awaitVerdict(WebDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(90)).ignoring(StaleElementReferenceException.class)
			.until((d) -> {
				WebElement verdict = d.findElement(By.id("verdict"));
				return verdict.isDisplayed() ? verdict.getText() : null;
			});
	}

	/**
	 * Waits until the element shows the text, looking it up again each time: htmx swaps
	 * fragments in place, so an element found a moment ago may be gone.
	 */
	public static void awaitText(WebDriver driver, By locator, String text, Duration timeout) {
		new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class)
			.until((d) -> d.findElement(locator).getText().equals(text));
	}

	/** Keeps a screenshot under target/screenshots as a test artifact. */
	public static Path screenshot(WebDriver driver, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
			Path target = SCREENSHOTS.resolve(name + ".png");
			Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
