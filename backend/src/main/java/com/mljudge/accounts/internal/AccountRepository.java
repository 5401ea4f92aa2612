package com.mljudge.accounts.internal;

import java.util.Optional;

import com.mljudge.accounts.Role;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsernameIgnoreCase(String username);

	boolean existsByUsernameIgnoreCase(String username);

	@Query("select count(a) > 0 from Account a join a.roles r where r = :role")
	boolean existsByRole(Role role);

}
