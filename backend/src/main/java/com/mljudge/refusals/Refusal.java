package com.mljudge.refusals;

import java.io.Serial;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request refused for a reason the person who sent it can act on. The message is the
 * detail shown to them; {@link Reason} says what kind of no it is, and the web module
 * alone maps that to a status ({@code web.ApiExceptionHandler}).
 */
public class Refusal extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	/** What kind of no. */
	public enum Reason {

		/** The request is malformed or a field is wrong (400). */
		INVALID,
		/** Nobody is signed in (401). */
		UNAUTHENTICATED,
		/** Someone else's, or a role the caller lacks (403). */
		FORBIDDEN,
		/** No such thing, or none the caller may see (404). */
		UNKNOWN,
		/** Fine in itself, but the thing's state forbids it now (409). */
		CONFLICT,
		/** Too big to take (413). */
		TOO_LARGE,
		/**
		 * Well-formed, but what it holds cannot be taken: an archive with broken
		 * problems, a key reused for another request (422).
		 */
		UNPROCESSABLE,
		/** Sent too often; {@link #retryAfter()} says when to try again (429). */
		TOO_MANY,
		/** Could not be answered now; ask again (503). */
		UNAVAILABLE

	}

	private final Reason reason;

	private final String title;

	private final Map<String, Object> extensions;

	private final Duration retryAfter;

	public Refusal(Reason reason, String title, String detail) {
		this(reason, title, detail, Map.of(), null);
	}

	/**
	 * @param extensions more members of the problem details, by name, such as
	 * {@code errors} (see {@link #invalidFields})
	 * @param retryAfter when the same request may succeed, or null
	 */
	public Refusal(Reason reason, String title, String detail, Map<String, ?> extensions, Duration retryAfter) {
		super(detail, null, false, false);
		this.reason = reason;
		this.title = title;
		this.extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
		this.retryAfter = retryAfter;
	}

	/**
	 * Fields that need fixing: {@code errors} holds the message by field name, in the
	 * form's order (the site's scripts show them).
	 */
	public static Refusal invalidFields(String title, String detail, Map<String, String> errors) {
		return new Refusal(Reason.INVALID, title, detail,
				Map.of("errors", Collections.unmodifiableMap(new LinkedHashMap<>(errors))), null);
	}

	public static Refusal invalid(String title, String detail) {
		return new Refusal(Reason.INVALID, title, detail);
	}

	public static Refusal unknown(String title, String detail) {
		return new Refusal(Reason.UNKNOWN, title, detail);
	}

	public static Refusal forbidden(String title, String detail) {
		return new Refusal(Reason.FORBIDDEN, title, detail);
	}

	public static Refusal conflict(String title, String detail) {
		return new Refusal(Reason.CONFLICT, title, detail);
	}

	public Reason reason() {
		return this.reason;
	}

	/** A short summary, the same for every refusal of its kind. */
	public String title() {
		return this.title;
	}

	/** What went wrong this time, in words the sender can act on. */
	public String detail() {
		return getMessage();
	}

	/** More members of the problem details, by name. */
	public Map<String, Object> extensions() {
		return this.extensions;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}
