package com.mljudge.practice.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTests {

	private final Markdown markdown = new Markdown();

	@Test
	void rendersGfmTables() {
		String html = this.markdown.toHtml("| a | b |\n|---|---|\n| 1 | 2 |\n");
		assertThat(html).contains("<table>").contains("<th>a</th>").contains("<td>2</td>");
	}

	@Test
	void keepsMathVerbatimForKatexInsteadOfReadingUnderscoresAsEmphasis() {
		String html = this.markdown.toHtml("Loss $x_i * y_i$ and $z_j * w_j$, then\n\n$$\\sum_i a_i * b_i$$\n");
		assertThat(html).contains("$x_i * y_i$").contains("$z_j * w_j$").contains("$$\\sum_i a_i * b_i$$");
		assertThat(html).doesNotContain("<em>");
	}

	@Test
	void escapesRawHtmlAndUnsafeLinks() {
		String html = this.markdown.toHtml("<script>alert(1)</script>\n\n[x](javascript:alert(1)) and $a<b$");
		assertThat(html).doesNotContain("<script>").doesNotContain("javascript:").contains("$a&lt;b$");
	}

	@Test
	void rendersEmphasisListsAndCodeOutsideMath() {
		String html = this.markdown.toHtml("**Bias** is\n\n- one\n- two\n\n`code` costs $5 and $6");
		assertThat(html).contains("<strong>Bias</strong>").contains("<li>one</li>").contains("<code>code</code>");
	}

}
