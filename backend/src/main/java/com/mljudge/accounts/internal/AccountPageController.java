package com.mljudge.accounts.internal;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's account page: personal access tokens, created, listed and revoked.
 */
@Controller
class AccountPageController {

	private final TokenService tokens;

	AccountPageController(TokenService tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/account")
	String account(Principal principal, Model model) {
		model.addAttribute("tokens", this.tokens.list(principal.getName()));
		return "accounts/account";
	}

	@PostMapping("/account/tokens")
	String createToken(Principal principal, @RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
		String problem = TokenNames.problem(name);
		if (problem != null) {
			redirect.addFlashAttribute("tokenProblem", problem);
			redirect.addFlashAttribute("tokenName", name);
			return "redirect:/account";
		}
		redirect.addFlashAttribute("created", this.tokens.create(principal.getName(), name));
		return "redirect:/account";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(Principal principal, @PathVariable long id, RedirectAttributes redirect) {
		if (!this.tokens.revoke(principal.getName(), id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("revoked", id);
		return "redirect:/account";
	}

}
