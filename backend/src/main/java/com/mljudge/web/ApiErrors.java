package com.mljudge.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The errors no controller's handler sees (a path nothing answers, a method a path does
 * not take, a failure in a filter) leave JSON clients as problem+json like every other
 * API error, instead of Spring Boot's own error map. Browsers still get the site's error
 * pages ({@code templates/error}).
 */
@Controller
class ApiErrors extends BasicErrorController {

	private final ErrorAttributes attributes;

	ApiErrors(ErrorAttributes attributes, WebProperties web, ObjectProvider<ErrorViewResolver> resolvers) {
		super(attributes, web.getError(), resolvers.orderedStream().toList());
		this.attributes = attributes;
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		if (status == HttpStatus.NO_CONTENT) {
			return new ResponseEntity<>(status);
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (uri != null) ? uri.toString() : request.getRequestURI();
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail(status, this.attributes.getError(new ServletWebRequest(request)), path));
		problem.put("instance", path);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * In our words; the method from the exception, since the error dispatch itself is a
	 * GET. Other statuses (a page's refusal asked for as JSON) say no more than the
	 * status, as the error pages do.
	 */
	private static String detail(HttpStatus status, Throwable error, String path) {
		if (error instanceof NoResourceFoundException missing) {
			return "Nothing answers " + missing.getHttpMethod().name() + " " + path
					+ "; the API is described at /v3/api-docs.";
		}
		if (error instanceof HttpRequestMethodNotSupportedException unsupported) {
			return path + " does not take " + unsupported.getMethod() + " (the Allow header says what it takes).";
		}
		return status.is5xxServerError() ? "Something went wrong on our side; it has been logged."
				: status.getReasonPhrase() + ".";
	}

}
