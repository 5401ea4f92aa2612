package com.mljudge.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTests {

	@Test
	void rendersCommonMarkWithTables() {
		String html = Markdown.toHtml("# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
		assertThat(html).contains("<h1>Title</h1>").contains("<table>").contains("<td>1</td>");
	}

	@Test
	void escapesRawHtmlAndDropsScriptLinks() {
		String html = Markdown.toHtml("<script>alert(1)</script>\n\n[x](javascript:alert(1))");
		assertThat(html).doesNotContain("<script>").doesNotContain("javascript:");
	}

	@Test
	void dropsDataLinkAndImageTargetsButKeepsWebLinks() {
		String html = Markdown.toHtml("[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) "
				+ "![b](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=) [c](JavaScript:alert(1)) [d](https://example.org/x)");
		assertThat(html).doesNotContainIgnoringCase("data:")
			.doesNotContainIgnoringCase("javascript:")
			.contains("href=\"https://example.org/x\"");
	}

	@Test
	void keepsMathAwayFromEmphasis() {
		String html = Markdown.toHtml("Sum $x_i * y_i$ over $i$, and $$\\sum_j w_j x_j$$ too.");
		assertThat(html).contains("$x_i * y_i$").contains("$$\\sum_j w_j x_j$$").doesNotContain("<em>");
	}

	@Test
	void mathIsEscapedText() {
		assertThat(Markdown.toHtml("$a < b$")).contains("$a &lt; b$");
	}

	@Test
	void dollarsInProseAreNotMath() {
		assertThat(Markdown.toHtml("It costs $5 and $6.")).contains("It costs $5 and $6.");
	}

	@Test
	void charactersPastAsciiBecomeNumericReferences() {
		// U+2192 (arrow), U+00E9 (e acute) and U+1D6C9 (a character outside the basic
		// plane, one code point).
		String html = Markdown.toHtml("x \u2192 caf\u00e9 \uD835\uDEC9");
		assertThat(html).contains("x &#8594; caf&#233; &#120521;");
		assertThat(html.chars().allMatch((c) -> c < 128)).isTrue();
	}

}
