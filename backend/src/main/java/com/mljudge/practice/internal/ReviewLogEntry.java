package com.mljudge.practice.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

	@Embedded
	private UserQuestion subject;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 5)
	private Grade grade;

	@Column(name = "elapsed_days", nullable = false)
	private double elapsedDays;

	@Embedded
	private Memory memory;

	@Column(name = "interval_days", nullable = false)
	private int intervalDays;

	@Column(name = "reviewed_at", nullable = false)
	private Instant reviewedAt;

	protected ReviewLogEntry() {
	}

	ReviewLogEntry(UserQuestion subject, Grade grade, double elapsedDays, Memory memory, int intervalDays,
			Instant reviewedAt) {
		this.subject = subject;
		this.grade = grade;
		this.elapsedDays = elapsedDays;
		this.memory = memory;
		this.intervalDays = intervalDays;
		this.reviewedAt = reviewedAt;
	}

}
