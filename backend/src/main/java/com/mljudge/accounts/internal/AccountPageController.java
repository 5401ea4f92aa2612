package com.mljudge.accounts.internal;

import com.mljudge.accounts.CurrentUser;

import com.mljudge.refusals.Refusal;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
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

	/**
	 * A new token is shown in the answer to the POST itself, never through a flash
	 * attribute: flash attributes live in the session, and sessions are rows in the
	 * database, where only the token's hash may ever be stored. Not cached, so the
	 * browser's back button does not show it again.
	 */
	@PostMapping("/account/tokens")
	String createToken(CurrentUser user, @RequestParam(defaultValue = "") String name, RedirectAttributes redirect,
			Model model, HttpServletResponse response) {
		String problem = TokenNames.problem(name);
		if (problem != null) {
			redirect.addFlashAttribute("tokenProblem", problem);
			redirect.addFlashAttribute("tokenName", name);
			return "redirect:/account";
		}
		model.addAttribute("created", this.tokens.create(user.name(), name));
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		return account(user, model);
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
