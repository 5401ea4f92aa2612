package com.mljudge.web;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to HTML for statements and answers: CommonMark with tables. Raw HTML in the source is escaped
 * and unsafe link schemes are dropped, so rendered text cannot inject markup or scripts. Math stays as
 * {@code $...$} text for the browser to typeset.
 */
public final class Markdown {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	private Markdown() {
	}

	public static String toHtml(String markdown) {
		return RENDERER.render(PARSER.parse((markdown != null) ? markdown : ""));
	}

}
