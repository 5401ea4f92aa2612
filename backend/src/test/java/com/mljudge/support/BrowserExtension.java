package com.mljudge.support;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.WebDriver;

/**
 * A headless Chromium per test for browser tests: declare a {@link WebDriver} parameter
 * on the test or on a {@code @BeforeEach} method (both get the same browser). The browser
 * quits when the test is over, and a test that fails first leaves a screenshot of what
 * the page showed, {@code target/screenshots/failed-<class>-<test>.png}, next to the ones
 * the tests keep on purpose. The browser starts before the class's own
 * {@code @BeforeEach} methods, where a missing Chromium skips the test (see
 * {@link Browser#start()}) rather than failing it as a parameter that could not be
 * resolved.
 */
public final class BrowserExtension implements BeforeEachCallback, ParameterResolver, AfterTestExecutionCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	@Override
	public void beforeEach(ExtensionContext context) {
		context.getStore(NAMESPACE).put(Session.class, new Session(Browser.start()));
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == WebDriver.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getStore(NAMESPACE).get(Session.class, Session.class).driver();
	}

	@Override
	public void afterTestExecution(ExtensionContext context) {
		Session session = context.getStore(NAMESPACE).get(Session.class, Session.class);
		if (session != null && context.getExecutionException().isPresent()) {
			Browser.screenshot(session.driver(), "failed-" + context.getRequiredTestClass().getSimpleName() + "-"
					+ context.getRequiredTestMethod().getName());
		}
	}

	/** Closed by JUnit with the test's store. */
	private record Session(WebDriver driver) implements AutoCloseable {

		@Override
		public void close() {
			this.driver.quit();
		}

	}

}
