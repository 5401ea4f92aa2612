package com.mljudge.web;

import java.net.URI;

import com.mljudge.refusals.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error from a JSON endpoint leaves as problem+json: the modules' refusals (the one
 * place their reasons become statuses), Spring MVC's own (malformed JSON, wrong method,
 * missing parameters) through the base class, anything unexpected as a 500 without
 * internals.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	/**
	 * A body that is not JSON, or not the JSON the endpoint takes: said in our words,
	 * with the line and column, never with the parser's class names.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, unreadable(ex));
		problem.setTitle("Unreadable request body");
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String unreadable(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof MismatchedInputException mismatch) {
			if (mismatch.getTargetType() != null && mismatch.getPath().isEmpty()
					&& mismatch.getOriginalMessage() != null && mismatch.getOriginalMessage().contains("No content")) {
				return "The request needs a JSON body.";
			}
			String field = mismatch.getPath()
				.stream()
				.map((p) -> (p.getPropertyName() != null) ? p.getPropertyName() : "[" + p.getIndex() + "]")
				.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
				.orElse(null);
			return (field != null)
					? "The field '" + field + "' has the wrong type of value (at " + where(mismatch) + ")."
					: "The request body must be a JSON object with the endpoint's fields, found something else (at "
							+ where(mismatch) + ").";
		}
		if (cause instanceof StreamReadException syntax) {
			return "The request body is not valid JSON: " + JsonMistakes.describe(syntax) + ".";
		}
		if (cause instanceof JacksonException other) {
			return "The request body could not be read: " + JsonMistakes.describe(other) + ".";
		}
		return "The request needs a JSON body.";
	}

	/**
	 * A path or query parameter that is not of its type ({@code /api/submissions/abc}):
	 * named, with what it takes, in our words rather than the converter's.
	 */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException argument) ? argument.getName()
				: ex.getPropertyName();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"'" + name + "' must be " + kindOf(ex.getRequiredType()) + "; '" + ex.getValue() + "' is not.");
		problem.setTitle("Invalid parameter");
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String kindOf(Class<?> type) {
		if (type == null) {
			return "of another type";
		}
		if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
			return "a whole number";
		}
		if (type == double.class || type == Double.class) {
			return "a number";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true or false";
		}
		return "a " + type.getSimpleName();
	}

	private static String where(JacksonException ex) {
		return (ex.getLocation() != null)
				? "line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() : "the start";
	}

	/**
	 * A module said no: its reason becomes the status, here and nowhere else, and its
	 * title, detail and field errors the body the clients read ({@code detail} and
	 * {@code errors} by the site's scripts).
	 */
	@ExceptionHandler(Refusal.class)
	ResponseEntity<ProblemDetail> refused(Refusal refusal, HttpServletRequest request) {
		HttpStatus status = status(refusal.reason());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusal.detail());
		problem.setTitle(refusal.title());
		problem.setInstance(URI.create(request.getRequestURI()));
		refusal.extensions().forEach(problem::setProperty);
		ResponseEntity.BodyBuilder response = ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (refusal.retryAfter() != null) {
			response.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, refusal.retryAfter().toSeconds())));
		}
		return response.body(problem);
	}

	static HttpStatus status(Refusal.Reason reason) {
		return switch (reason) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case UNKNOWN -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
			case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
			case TOO_MANY -> HttpStatus.TOO_MANY_REQUESTS;
			case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
		};
	}

	/**
	 * Two requests raced to create the same row (say a card's first review): the loser
	 * may simply retry.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail conflict(DataIntegrityViolationException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Another request changed the same data at the same moment; send yours again.");
		problem.setTitle("Conflict");
		return problem;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		if (DatabaseUnavailable.causedBy(ex)) {
			log.warn("An API call found the database unavailable: {}", ex.toString());
			return DatabaseUnavailable.apiResponse();
		}
		log.error("Unexpected error in an API call", ex);
		return ResponseEntity.internalServerError()
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
					"Something went wrong on our side; it has been logged."));
	}

}
