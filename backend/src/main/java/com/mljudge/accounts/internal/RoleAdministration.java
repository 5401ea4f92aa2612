package com.mljudge.accounts.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.mljudge.accounts.AccountRoles;
import com.mljudge.accounts.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants and revokes roles straight in user_roles; the JPA entity reads them at the next
 * sign-in.
 */
@Service
class RoleAdministration implements AccountRoles {

	private final JdbcClient jdbc;

	RoleAdministration(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Member> members(String filter, int limit) {
		String like = "%"
				+ ((filter == null) ? "" : filter.strip().toLowerCase().replace("%", "\\%").replace("_", "\\_")) + "%";
		return this.jdbc.sql("""
				select u.username, u.created_at, array_remove(array_agg(r.role order by r.role), null) as roles
				from users u left join user_roles r on r.user_id = u.id
				where lower(u.username) like :like
				group by u.id order by lower(u.username) limit :limit
				""")
			.param("like", like)
			.param("limit", limit)
			.query((rs, n) -> new Member(rs.getString("username"), roles((String[]) rs.getArray("roles").getArray()),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Member> member(String username) {
		return this.jdbc.sql("""
				select u.username, u.created_at, array_remove(array_agg(r.role order by r.role), null) as roles
				from users u left join user_roles r on r.user_id = u.id
				where lower(u.username) = lower(:username) group by u.id
				""")
			.param("username", username)
			.query((rs, n) -> new Member(rs.getString("username"), roles((String[]) rs.getArray("roles").getArray()),
					rs.getTimestamp("created_at").toInstant()))
			.optional();
	}

	@Override
	@Transactional
	public boolean grant(String username, Role role) {
		return this.jdbc.sql("""
				insert into user_roles (user_id, role)
				select id, :role from users where lower(username) = lower(:username)
				on conflict do nothing
				""").param("role", role.name()).param("username", username).update() == 1;
	}

	@Override
	// A refusal changes nothing, so it need not spoil a caller's transaction (the admin
	// page audits in one).
	@Transactional(noRollbackFor = IllegalArgumentException.class)
	public boolean revoke(String username, Role role) {
		if (role == Role.USER) {
			throw new IllegalArgumentException("Every account keeps the USER role.");
		}
		if (role == Role.ADMIN) {
			// Lock the admins' rows so two admins cannot remove each other at the same
			// moment.
			List<String> admins = this.jdbc.sql("""
					select u.username from users u join user_roles r on r.user_id = u.id
					where r.role = 'ADMIN' for update of r
					""").query(String.class).list();
			if (admins.size() == 1 && admins.get(0).equalsIgnoreCase(username)) {
				throw new IllegalArgumentException("The last admin cannot lose ADMIN: grant it to someone else first.");
			}
		}
		return this.jdbc.sql("""
				delete from user_roles where role = :role
				and user_id = (select id from users where lower(username) = lower(:username))
				""").param("role", role.name()).param("username", username).update() == 1;
	}

	private static Set<Role> roles(String[] names) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(names).forEach((name) -> roles.add(Role.valueOf(name)));
		return roles;
	}

}
