package com.mljudge.accounts.internal;

import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sign-in page (the POST is Spring Security's) and registration. */
@Controller
class SignInController {

	private final AccountService accounts;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SignInController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/login")
	String login() {
		return "accounts/login";
	}

	@GetMapping("/register")
	String registrationForm() {
		return "accounts/register";
	}

	@PostMapping("/register")
	String register(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirmation, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		Map<String, String> problems = this.accounts.register(username.strip(), password, confirmation);
		if (!problems.isEmpty()) {
			model.addAttribute("username", username);
			model.addAttribute("problems", problems);
			return "accounts/register";
		}
		if (!signIn(username.strip(), password, request, response)) {
			redirect.addFlashAttribute("registered", username.strip());
			return "redirect:/login";
		}
		redirect.addFlashAttribute("welcome", username.strip());
		return "redirect:/";
	}

	/**
	 * Signs the new account in through the same authentication as the sign-in form, with
	 * a new session id (no fixation) and the context saved in the session.
	 */
	private boolean signIn(String username, String password, HttpServletRequest request, HttpServletResponse response) {
		try {
			request.login(username, password);
		}
		catch (ServletException ex) {
			return false;
		}
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		this.contexts.saveContext(SecurityContextHolder.getContext(), request, response);
		return true;
	}

}
