package com.mljudge.accounts.internal;

import java.net.URI;
import java.util.List;
import java.util.Set;

import com.mljudge.accounts.CurrentUser;
import com.mljudge.accounts.Role;
import com.mljudge.refusals.Refusal;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Personal access tokens over the JSON API, and who the caller is. */
@RestController
@RequestMapping("/api")
class TokenApiController {

	private final TokenService tokens;

	TokenApiController(TokenService tokens) {
		this.tokens = tokens;
	}

	record NewToken(String name) {
	}

	record IssuedToken(long id, String name, String token) {
	}

	record Me(String username, Set<Role> roles) {
	}

	@PostMapping("/tokens")
	ResponseEntity<?> create(CurrentUser user, @RequestBody NewToken request) {
		String problem = TokenNames.problem(request.name());
		if (problem != null) {
			throw Refusal.invalid("Invalid token name", problem);
		}
		TokenService.CreatedToken created = this.tokens.create(user.name(), request.name());
		return ResponseEntity.created(URI.create("/api/tokens/" + created.id()))
			.body(new IssuedToken(created.id(), created.name(), created.token()));
	}

	@GetMapping("/tokens")
	List<TokenService.TokenView> list(CurrentUser user) {
		return this.tokens.list(user.name());
	}

	@DeleteMapping("/tokens/{id}")
	ResponseEntity<?> revoke(CurrentUser user, @PathVariable long id) {
		if (!this.tokens.revoke(user.name(), id)) {
			throw Refusal.unknown("Unknown token", "You have no token " + id);
		}
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/me")
	Me me(CurrentUser user) {
		return new Me(user.name(), user.roles());
	}

}
