package com.mljudge.accounts.internal;

import java.util.List;
import java.util.Optional;

import com.mljudge.accounts.AccountRoles;
import com.mljudge.accounts.Role;
import com.mljudge.refusals.Refusal;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants and revokes roles on the {@link Account} entity; a change applies from the
 * account's next sign-in.
 */
@Service
class RoleAdministration implements AccountRoles {

	private final AccountRepository accounts;

	RoleAdministration(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Member> members(String filter, int limit) {
		String like = "%"
				+ ((filter == null) ? "" : filter.strip().toLowerCase().replace("%", "\\%").replace("_", "\\_")) + "%";
		return this.accounts.findByNameLike(like, Limit.of(limit)).stream().map(RoleAdministration::member).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Member> member(String username) {
		return this.accounts.findByUsernameIgnoreCase(username).map(RoleAdministration::member);
	}

	@Override
	@Transactional
	public boolean grant(String username, Role role) {
		return this.accounts.findByUsernameIgnoreCase(username).map((account) -> account.grant(role)).orElse(false);
	}

	@Override
	// A refusal changes nothing, so it need not spoil a caller's transaction (the admin
	// page audits in one).
	@Transactional(noRollbackFor = Refusal.class)
	public boolean revoke(String username, Role role) {
		if (role == Role.USER) {
			throw Refusal.invalid("Role kept", "Every account keeps the USER role.");
		}
		if (role == Role.ADMIN) {
			List<String> admins = this.accounts.lockAdmins();
			if (admins.size() == 1 && admins.get(0).equalsIgnoreCase(username)) {
				throw Refusal.invalid("Last admin",
						"The last admin cannot lose ADMIN: grant it to someone else first.");
			}
		}
		return this.accounts.findByUsernameIgnoreCase(username).map((account) -> account.revoke(role)).orElse(false);
	}

	private static Member member(Account account) {
		return new Member(account.getUsername(), account.getRoles(), account.getCreatedAt());
	}

}
