package com.mljudge.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.web.util.HtmlUtils;

/**
 * Markdown to HTML for statements and answers: CommonMark with tables. Raw HTML in the
 * source is escaped and unsafe link schemes are dropped, so rendered text cannot inject
 * markup or scripts. Math ({@code $...$}, {@code $$...$$}) is set aside before parsing,
 * so Markdown does not read its underscores and asterisks as emphasis, and comes back as
 * escaped text for KaTeX to typeset in the browser.
 */
public final class Markdown {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		// commonmark keeps data: by default; a data: link can carry a whole HTML page
		// (phishing) and a data: image an SVG, so only the web's own schemes are linked.
		.urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
		.build();

	// Display math first, then inline math that neither starts nor ends with a space (so
	// "$5 and $6" is text).
	private static final Pattern MATH = Pattern
		.compile("\\$\\$(.+?)\\$\\$|(?<![\\\\$])\\$(?=\\S)([^$\\n]+?)(?<=\\S)\\$", Pattern.DOTALL);

	private static final String PLACEHOLDER = "MJMATH%dX";

	private static final Pattern PLACEHOLDERS = Pattern.compile("MJMATH(\\d+)X");

	private Markdown() {
	}

	/**
	 * Statements and answers render on every page view; the same text always gives the
	 * same HTML.
	 */
	private static final int CACHED_ENTRIES = 1024;

	private static final int CACHED_MAX_CHARS = 64 * 1024;

	private static final Map<String, String> CACHE = RecentlyUsed.map(CACHED_ENTRIES);

	public static String toHtml(String markdown) {
		String text = (markdown != null) ? markdown : "";
		if (text.length() > CACHED_MAX_CHARS) {
			return render(text);
		}
		String cached = CACHE.get(text);
		if (cached == null) {
			cached = render(text);
			CACHE.put(text, cached);
		}
		return cached;
	}

	private static String render(String text) {
		List<String> math = new ArrayList<>();
		Matcher matcher = MATH.matcher(text);
		StringBuilder protectedText = new StringBuilder();
		while (matcher.find()) {
			math.add(matcher.group());
			matcher.appendReplacement(protectedText, String.format(PLACEHOLDER, math.size() - 1));
		}
		matcher.appendTail(protectedText);
		String html = RENDERER.render(PARSER.parse(protectedText.toString()));
		Matcher placeholders = PLACEHOLDERS.matcher(html);
		StringBuilder restored = new StringBuilder();
		while (placeholders.find()) {
			int index = Integer.parseInt(placeholders.group(1));
			String original = (index < math.size()) ? HtmlUtils.htmlEscape(math.get(index)) : placeholders.group();
			placeholders.appendReplacement(restored, Matcher.quoteReplacement(original));
		}
		placeholders.appendTail(restored);
		return asciiOnly(restored);
	}

	/**
	 * Characters past ASCII as numeric references ({@code →} as {@code &#8594;}): the
	 * browser shows the same text, and the page stays on the servlet container's fast
	 * path for encoding ASCII to bytes instead of a character-by-character loop from the
	 * first non-ASCII character to the end of the page.
	 */
	static String asciiOnly(CharSequence html) {
		StringBuilder out = new StringBuilder(html.length() + 16);
		html.codePoints().forEach((c) -> {
			if (c < 128) {
				out.append((char) c);
			}
			else {
				out.append("&#").append(c).append(';');
			}
		});
		return out.toString();
	}

}
