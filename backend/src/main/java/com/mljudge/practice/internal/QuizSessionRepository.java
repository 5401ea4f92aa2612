package com.mljudge.practice.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuizSessionRepository extends JpaRepository<QuizSession, Long> {

	Optional<QuizSession> findByIdAndUsername(Long id, String username);

	List<QuizSession> findTop20ByUsernameAndFinishedAtIsNotNullOrderByFinishedAtDesc(String username);

}
