package com.mljudge.accounts.internal;

import java.util.List;
import java.util.Optional;

import com.mljudge.accounts.Role;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsernameIgnoreCase(String username);

	boolean existsByUsernameIgnoreCase(String username);

	@Query("select count(a) > 0 from Account a join a.roles r where r = :role")
	boolean existsByRole(Role role);

	/** {@code like}: a LIKE pattern in lower case, with {@code \} escaping. */
	@Query("select a from Account a where lower(a.username) like :like escape '\\' order by lower(a.username)")
	List<Account> findByNameLike(String like, Limit limit);

	/**
	 * The admins, their ADMIN rows locked until the transaction ends, so two admins
	 * cannot take ADMIN from each other at the same moment. Native: JPQL cannot lock the
	 * collection's rows alone.
	 */
	@Query(value = """
			select u.username from users u join user_roles r on r.user_id = u.id
			where r.role = 'ADMIN' for update of r
			""", nativeQuery = true)
	List<String> lockAdmins();

}
