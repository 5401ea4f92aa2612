package com.mljudge.practice.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown of the bank to HTML: CommonMark with GFM tables, raw HTML escaped. Math ($...$ and $$...$$) is kept
 * verbatim so a KaTeX pass in the browser can typeset it; without the shielding CommonMark would read the
 * underscores and asterisks of formulas as emphasis.
 */
final class Markdown {

	private static final Pattern MATH = Pattern.compile("\\$\\$.+?\\$\\$|\\$[^$\\n]+?\\$", Pattern.DOTALL);

	private static final String TOKEN = "MLJMATH%dX";

	private static final Pattern TOKEN_PATTERN = Pattern.compile("MLJMATH(\\d+)X");

	private final Parser parser;

	private final HtmlRenderer renderer;

	Markdown() {
		List<Extension> extensions = List.of(TablesExtension.create());
		this.parser = Parser.builder().extensions(extensions).build();
		this.renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).sanitizeUrls(true).build();
	}

	String toHtml(String markdown) {
		List<String> formulas = new ArrayList<>();
		Matcher math = MATH.matcher(markdown);
		StringBuilder shielded = new StringBuilder();
		while (math.find()) {
			formulas.add(math.group());
			math.appendReplacement(shielded, String.format(TOKEN, formulas.size() - 1));
		}
		math.appendTail(shielded);
		String html = this.renderer.render(this.parser.parse(shielded.toString()));
		Matcher token = TOKEN_PATTERN.matcher(html);
		StringBuilder restored = new StringBuilder();
		while (token.find()) {
			String formula = formulas.get(Integer.parseInt(token.group(1)));
			token.appendReplacement(restored, Matcher.quoteReplacement(escape(formula)));
		}
		token.appendTail(restored);
		return restored.toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
