package com.mljudge.practice.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Whose memory of which question: what a review card and each review of it are about. */
@Embeddable
record UserQuestion(@Column(nullable = false, length = 32) String username,
		@Column(name = "question_slug", nullable = false, length = 100) String questionSlug) {
}
