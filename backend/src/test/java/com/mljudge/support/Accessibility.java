package com.mljudge.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, the accessibility engine, run in the page the browser shows. The script is
 * the npm package's own build, fetched by the npm client before the tests (.ci/run does
 * it; see the README): no Node in the Maven build. Without it the check is skipped on a
 * developer machine and fails in CI, like the browser itself.
 */
public final class Accessibility {

	private static final Path SCRIPT = Path.of(System.getProperty("judge.axe", "target/axe/axe.min.js"));

	private static String script;

	private Accessibility() {
	}

	/**
	 * The serious and critical WCAG 2 A/AA violations on the page now, one line each:
	 * rule, impact, how many elements and the first of them.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> seriousViolations(WebDriver driver) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript(source());
		Object answer = js.executeAsyncScript(run());
		List<String> found = new ArrayList<>();

		if (answer instanceof List<?> list) {
			list.forEach((v) -> found.add(String.valueOf(v)));

		}
		else if (answer instanceof Map<?, ?> map) {
			found.add(map.toString());
		}
		return found;
	}

	/** The script that runs axe and answers its findings, kept as a file of its own. */
	private static String run() {
		try (var in = Accessibility.class.getResourceAsStream("/support/axe-run.js")) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static synchronized String source() {
		if (script == null) {
			boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
			Assumptions.assumeTrue(Files.isReadable(SCRIPT) || ci,
					"The accessibility check needs axe-core's axe.min.js at " + SCRIPT.toAbsolutePath()
							+ " (see README: npm pack axe-core)");
			try {
				script = Files.readString(SCRIPT);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return script;
	}

}
