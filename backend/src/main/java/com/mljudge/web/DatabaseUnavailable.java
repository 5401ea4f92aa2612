package com.mljudge.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is away (restarting, unreachable) a request fails within the pool's
 * connection timeout (a few seconds) as 503 with {@code Retry-After}, a plain page for
 * people and problem+json for the API, instead of a 500 after half a minute. Outermost
 * filter, so failures inside other filters (tokens, sessions, page caches) and pages are
 * caught; API controllers answer through {@link ApiExceptionHandler}, which asks
 * {@link #causedBy}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailable extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

	static final String RETRY_AFTER_SECONDS = "10";

	static final String DETAIL = "The database is not answering right now; try again in a few seconds.";

	private static final String PAGE = """
			<!doctype html>
			<html lang="en"><head><meta charset="utf-8"><title>Back in a moment · ML Interview Judge</title></head>
			<body style="font-family: sans-serif; max-width: 40em; margin: 4em auto">
			<h1>Back in a moment</h1>
			<p>%s This page reloads itself.</p>
			<script>setTimeout(() => location.reload(), 10000)</script>
			</body></html>
			""".formatted(DETAIL);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!causedBy(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("{} {}: the database is unavailable: {}", request.getMethod(), request.getRequestURI(),
					rootCause(ex).toString());
			response.resetBuffer();
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			if (request.getRequestURI().startsWith("/api/")) {
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.getWriter()
					.write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\""
							+ DETAIL + "\"}");
			}
			else {
				response.setContentType(MediaType.TEXT_HTML_VALUE);
				response.getWriter().write(PAGE);
			}
		}
	}

	/** The API's answer while the database is away. */
	static ResponseEntity<ProblemDetail> apiResponse() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DETAIL);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.body(problem);
	}

	/**
	 * Whether the failure is the database being unreachable (no connection within the
	 * pool's timeout, a connection cut, the server shutting down), as opposed to a bug or
	 * bad data.
	 */
	static boolean causedBy(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				// 08: connection exceptions; 57P: the server is shutting down or
				// starting.
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

}
