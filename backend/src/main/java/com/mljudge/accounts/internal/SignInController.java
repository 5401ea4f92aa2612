package com.mljudge.accounts.internal;

import java.util.Map;

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
			@RequestParam(defaultValue = "") String confirmation, Model model, RedirectAttributes redirect) {
		Map<String, String> problems = this.accounts.register(username.strip(), password, confirmation);
		if (!problems.isEmpty()) {
			model.addAttribute("username", username);
			model.addAttribute("problems", problems);
			return "accounts/register";
		}
		redirect.addFlashAttribute("registered", username.strip());
		return "redirect:/login";
	}

}
