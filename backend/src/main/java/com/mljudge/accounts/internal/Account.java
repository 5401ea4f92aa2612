package com.mljudge.accounts.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import com.mljudge.accounts.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "users")
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 32)
	private String username;

	@Column(name = "password_hash", nullable = false, length = 100)
	private String passwordHash;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role", length = 20)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	protected Account() {
	}

	Account(String username, String passwordHash, Set<Role> roles) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.roles = EnumSet.copyOf(roles);
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	Set<Role> getRoles() {
		return Set.copyOf(this.roles);
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	/**
	 * @return true when the account did not have the role before
	 */
	boolean grant(Role role) {
		return this.roles.add(role);
	}

	/**
	 * @return true when the account had the role
	 */
	boolean revoke(Role role) {
		return this.roles.remove(role);
	}

}
