package com.mljudge.accounts.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ApiTokenRepository extends ListCrudRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByAccountUsernameIgnoreCaseOrderByCreatedAtDesc(String username);

	Optional<ApiToken> findByIdAndAccountUsernameIgnoreCase(Long id, String username);

}
