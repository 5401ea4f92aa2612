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
		Object answer = js.executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(function (r) {
				    done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
				      .map(function (v) {
				        // CodeMirror's own scroller: keyboard users scroll it by moving the cursor in the
				        // editor's input (reached by Tab, left by Esc then Tab), which axe cannot see.
				        if (v.id === 'scrollable-region-focusable') {
				          v.nodes = v.nodes.filter(function (n) {
				            return !/\\.CodeMirror-scroll$/.test(n.target[n.target.length - 1]);
				          });}return v;}).filter(function(v){return v.nodes.length>0;}).map(function(v){return v.id+' ('+v.impact+', '+v.nodes.length+'): '+v.nodes[0].target.join(' ')+' '+(v.nodes[0].failureSummary||'').replace(/\\s+/g,' ').slice(0,160);}));},function(e){done(['axe failed: '+e]);});""");

	List<String> found = new ArrayList<>();

	if(answer instanceof
	List<?> list)
	{
		list.forEach((v) -> found.add(String.valueOf(v)));

	}else if(answer instanceof
	Map<?, ?> map)
	{
		found.add(map.toString());
	}return found;
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
