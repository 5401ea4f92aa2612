package com.mljudge.practice.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Quiz options and answers are short plain text written the way people type maths
 * ({@code X^T X}, {@code bias^2}); shown as HTML they get real superscripts.
 */
final class QuizText {

	private static final Pattern POWER = Pattern
		.compile("([A-Za-z0-9)\\]])\\^(?:\\{([^{}]{1,20})\\}|([A-Za-z0-9.+-]{1,8}))");

	private QuizText() {
	}

	/** Escaped HTML with {@code a^b} and {@code a^{b c}} as superscripts. */
	static String html(String text) {
		if (text == null) {
			return "";
		}
		Matcher power = POWER.matcher(HtmlUtils.htmlEscape(text));
		StringBuilder html = new StringBuilder();
		while (power.find()) {
			String exponent = (power.group(2) != null) ? power.group(2) : power.group(3);
			power.appendReplacement(html, Matcher.quoteReplacement(power.group(1) + "<sup>" + exponent + "</sup>"));
		}
		power.appendTail(html);
		return html.toString();
	}

}
