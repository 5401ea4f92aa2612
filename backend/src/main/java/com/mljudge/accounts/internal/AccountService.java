package com.mljudge.accounts.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.mljudge.accounts.Role;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and looks them up for sign-in. */
@Service
class AccountService implements UserDetailsService {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	/**
	 * Registers a new USER account.
	 * @return the problems found per form field; empty when the account was created
	 */
	@Transactional
	Map<String, String> register(String username, String password, String confirmation) {
		Map<String, String> problems = new LinkedHashMap<>();
		Credentials.usernameProblem(username).ifPresent((p) -> problems.put("username", p));
		Credentials.passwordProblem(password, username).ifPresent((p) -> problems.put("password", p));
		if (!problems.containsKey("password") && !password.equals(confirmation)) {
			problems.put("confirmation", "The two passwords differ.");
		}
		if (!problems.containsKey("username") && this.accounts.existsByUsernameIgnoreCase(username)) {
			problems.put("username", "This username is taken.");
		}
		if (problems.isEmpty()) {
			try {
				create(username, password, EnumSet.of(Role.USER));
			}
			catch (DataIntegrityViolationException ex) {
				// Someone registered the same name between our check and the insert.
				problems.put("username", "This username is taken.");
			}
		}
		return problems;
	}

	/**
	 * Changes the password when the current one is right and the new one is good enough.
	 * @return the problems found per form field; empty when the password was changed
	 */
	@Transactional
	Map<String, String> changePassword(String username, String current, String password, String confirmation) {
		Map<String, String> problems = new LinkedHashMap<>();
		Account account = this.accounts.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		if (!this.passwordEncoder.matches(current, account.getPasswordHash())) {
			problems.put("current", "This is not your current password.");
			return problems;
		}
		Credentials.passwordProblem(password, account.getUsername()).ifPresent((p) -> problems.put("password", p));
		if (!problems.containsKey("password") && !password.equals(confirmation)) {
			problems.put("confirmation", "The two passwords differ.");
		}
		if (problems.isEmpty()) {
			account.changePasswordHash(this.passwordEncoder.encode(password));
		}
		return problems;
	}

	@Transactional
	void create(String username, String password, Set<Role> roles) {
		this.accounts.saveAndFlush(new Account(username, this.passwordEncoder.encode(password), roles));
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.disabled(!account.isEnabled())
			.authorities(account.getRoles().stream().map(Role::authority).toArray(String[]::new))
			.build();
	}

}
