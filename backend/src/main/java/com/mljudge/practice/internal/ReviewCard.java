package com.mljudge.practice.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user's FSRS memory of one question and when it is next due. */
@Entity
@Table(name = "review_cards")
class ReviewCard {

	private static final double SECONDS_PER_DAY = 86_400;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Embedded
	private UserQuestion subject;

	@Embedded
	private Memory memory = new Memory(0, 0);

	@Column(nullable = false)
	private int reviews;

	@Column(nullable = false)
	private int lapses;

	@Column(name = "last_reviewed_at", nullable = false)
	private Instant lastReviewedAt;

	@Column(name = "due_at", nullable = false)
	private Instant dueAt;

	protected ReviewCard() {
	}

	ReviewCard(UserQuestion subject) {
		this.subject = subject;
	}

	boolean isNew() {
		return this.reviews == 0;
	}

	Memory memory() {
		return this.memory;
	}

	/**
	 * Fractional days since the last review; FSRS treats under one day as a same-day
	 * review.
	 */
	double elapsedDays(Instant now) {
		return isNew() ? 0 : Math.max(0, Duration.between(this.lastReviewedAt, now).toSeconds() / SECONDS_PER_DAY);
	}

	void reviewed(Memory memory, Grade grade, int intervalDays, Instant now) {
		this.memory = memory;
		if (grade == Grade.AGAIN && !isNew()) {
			this.lapses++;
		}
		this.reviews++;
		this.lastReviewedAt = now;
		this.dueAt = now.plus(Duration.ofDays(intervalDays));
	}

	boolean isDue(Instant now) {
		return !this.dueAt.isAfter(now);
	}

	String getQuestionSlug() {
		return this.subject.questionSlug();
	}

	Instant getDueAt() {
		return this.dueAt;
	}

	Instant getLastReviewedAt() {
		return this.lastReviewedAt;
	}

	int getReviews() {
		return this.reviews;
	}

	int getLapses() {
		return this.lapses;
	}

}
