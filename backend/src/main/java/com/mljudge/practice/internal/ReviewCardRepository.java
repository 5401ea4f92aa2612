package com.mljudge.practice.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewCardRepository extends JpaRepository<ReviewCard, Long> {

	Optional<ReviewCard> findBySubject(UserQuestion subject);

	List<ReviewCard> findBySubjectUsernameOrderByDueAt(String username);

}
