package com.mljudge.practice.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewCardRepository extends JpaRepository<ReviewCard, Long> {

	Optional<ReviewCard> findByUsernameAndQuestionSlug(String username, String questionSlug);

	List<ReviewCard> findByUsernameOrderByDueAt(String username);

}
