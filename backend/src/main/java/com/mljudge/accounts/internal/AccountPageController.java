package com.mljudge.accounts.internal;

import com.mljudge.accounts.CurrentUser;

import com.mljudge.refusals.Refusal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's account page: personal access tokens, created, listed and revoked,
 * and a new password.
 */
@Controller
class AccountPageController {

	private final TokenService tokens;

	private final AccountService accounts;

	AccountPageController(TokenService tokens, AccountService accounts) {
		this.tokens = tokens;
		this.accounts = accounts;
	}

	@GetMapping("/account")
	String account(CurrentUser user, Model model) {
		model.addAttribute("tokens", this.tokens.list(user.name()));
		return "accounts/account";
	}

	@PostMapping("/account/tokens")
	String createToken(CurrentUser user, @RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
		String problem = TokenNames.problem(name);
		if (problem != null) {
			redirect.addFlashAttribute("tokenProblem", problem);
			redirect.addFlashAttribute("tokenName", name);
			return "redirect:/account";
		}
		redirect.addFlashAttribute("created", this.tokens.create(user.name(), name));
		return "redirect:/account";
	}

	@PostMapping("/account/password")
	String changePassword(CurrentUser user, @RequestParam(defaultValue = "") String current,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirmation,
			RedirectAttributes redirect) {
		var problems = this.accounts.changePassword(user.name(), current, password, confirmation);
		if (problems.isEmpty()) {
			redirect.addFlashAttribute("passwordChanged", true);
		}
		else {
			redirect.addFlashAttribute("passwordProblems", problems);
		}
		return "redirect:/account#password";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		if (!this.tokens.revoke(user.name(), id)) {
			throw Refusal.unknown("Unknown token", "You have no token " + id + ".");
		}
		redirect.addFlashAttribute("revoked", id);
		return "redirect:/account";
	}

}
