package com.mljudge.web;

import java.io.IOException;

import com.mljudge.refusals.Refusal;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages answer a module's refusal with the site's error page for its status (the same
 * status the API gives, {@link ApiExceptionHandler#status}), naming the mistake when the
 * request itself was wrong, and a race to create one row with 409, not a 500. JSON
 * endpoints are answered first by {@link ApiExceptionHandler}.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	@ExceptionHandler(Refusal.class)
	ModelAndView refused(Refusal refusal, HttpServletResponse response) throws IOException {
		if (refusal.reason() == Refusal.Reason.INVALID) {
			// The caller's mistake (a filter or page number the site does not have): say
			// which, in the site's look.
			ModelAndView view = new ModelAndView("error", HttpStatus.BAD_REQUEST);
			view.addObject("status", HttpStatus.BAD_REQUEST.value());
			view.addObject("error", refusal.detail());
			return view;
		}
		// The error page for the status, as for any other error; the detail is not
		// shown (server.error.include-message=never): it may name what the caller may
		// not see.
		response.sendError(ApiExceptionHandler.status(refusal.reason()).value());
		return null;
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(Model model) {
		model.addAttribute("status", HttpStatus.CONFLICT.value());
		model.addAttribute("error", "Another request changed the same data at the same moment; please try again.");
		return "error";
	}

}
