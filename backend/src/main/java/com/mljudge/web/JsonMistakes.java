package com.mljudge.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Says in our words what is wrong with a piece of JSON and where (line and column), for
 * the person who typed it: the parser's own messages name its classes and features.
 */
public final class JsonMistakes {

	private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('(.)' \\(code (\\d+)\\)\\)");

	private static final Pattern TOKEN = Pattern.compile("^(?:Unrecognized|Non-standard) token '([^']*)'");

	private static final Pattern MAXIMUM = Pattern.compile("maximum allowed \\((\\d+)");

	private JsonMistakes() {
	}

	/** "line 2, column 5: ..." without a capital or a full stop, to follow a lead-in. */
	public static String describe(JacksonException ex) {
		String where = where(ex.getLocation());
		return (where != null) ? where + ": " + what(ex) : what(ex);
	}

	private static String where(TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 1) {
			return null;
		}
		return "line " + location.getLineNr()
				+ ((location.getColumnNr() > 0) ? ", column " + location.getColumnNr() : "");
	}

	static String what(JacksonException ex) {
		String message = (ex.getOriginalMessage() != null) ? ex.getOriginalMessage() : "";
		if (ex instanceof UnexpectedEndOfInputException) {
			return message.contains("quote") ? "the text ends inside a string; a closing \" is missing"
					: "the text ends too early; a ] or } is not closed";
		}
		if (ex instanceof StreamConstraintsException) {
			return tooLarge(message);
		}
		Matcher token = TOKEN.matcher(message);
		if (token.find()) {
			String word = token.group(1);
			if (word.equals("NaN") || word.contains("Infinity")) {
				return word + " is not a JSON number; write it as the string \"" + word + "\"";
			}
			return "'" + word + "' is not a JSON value; text goes in double quotes, and only true, false and null "
					+ "go without";
		}
		Matcher character = CHARACTER.matcher(message);
		if (character.find()) {
			return unexpected(character.group(1).charAt(0), Integer.parseInt(character.group(2)), message);
		}
		return "this is not valid JSON";
	}

	/** Past one of the reader's bounds: which one, and the bound. */
	private static String tooLarge(String message) {
		Matcher maximum = MAXIMUM.matcher(message);
		String most = maximum.find() ? maximum.group(1) : null;
		if (message.contains("nesting depth")) {
			return "lists and objects are nested deeper than " + ((most != null) ? most + " levels, " : "")
					+ "the most the reader takes";
		}
		if (message.contains("Number value length")) {
			return "a number has more than " + ((most != null) ? most + " digits, " : "") + "the most the reader takes";
		}
		return "it is larger than the reader takes";
	}

	private static String unexpected(char c, int code, String message) {
		String shown = (code < 0x20) ? "a control character (code " + code + ")" : "'" + c + "'";
		if (message.contains("in numeric value")) {
			return "a number is malformed before " + shown;
		}
		if (message.contains("comma to separate Array")) {
			return "a comma is missing between two values of a list, before " + shown;
		}
		if (message.contains("comma to separate Object")) {
			return "a comma is missing between two fields of an object, before " + shown;
		}
		if (message.contains("colon to separate")) {
			return "a colon is missing between a field's name and its value, before " + shown;
		}
		if (c == '\'') {
			return "strings take double quotes (\"), not single ones";
		}
		if (message.contains("double-quote to start property name")) {
			return (c == '}') ? "a field is missing before '}' (a comma too many?)"
					: "a field name must be in double quotes, found " + shown;
		}
		if (c == ']' || c == '}') {
			return "a value is missing before " + shown + " (a comma too many?)";
		}
		return shown + " cannot start a value";
	}

}
