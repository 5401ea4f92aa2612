package com.mljudge.practice.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One answer in a review, as FSRS's optimizer would want it. */
@Entity
@Table(name = "review_log")
class ReviewLogEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 32)
	private String username;

	@Column(name = "question_slug", nullable = false, length = 100)
	private String questionSlug;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 5)
	private Grade grade;

	@Column(name = "elapsed_days", nullable = false)
	private double elapsedDays;

	@Column(nullable = false)
	private double stability;

	@Column(nullable = false)
	private double difficulty;

	@Column(name = "interval_days", nullable = false)
	private int intervalDays;

	@Column(name = "reviewed_at", nullable = false)
	private Instant reviewedAt;

	protected ReviewLogEntry() {
	}

	ReviewLogEntry(String username, String questionSlug, Grade grade, double elapsedDays, Memory memory,
			int intervalDays, Instant reviewedAt) {
		this.username = username;
		this.questionSlug = questionSlug;
		this.grade = grade;
		this.elapsedDays = elapsedDays;
		this.stability = memory.stability();
		this.difficulty = memory.difficulty();
		this.intervalDays = intervalDays;
		this.reviewedAt = reviewedAt;
	}

}
