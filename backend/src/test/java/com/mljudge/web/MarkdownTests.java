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

}
