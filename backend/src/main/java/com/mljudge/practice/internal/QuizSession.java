package com.mljudge.practice.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** A quiz in progress or finished: its items in the order asked and the score so far. */
@Entity
@Table(name = "quiz_sessions")
class QuizSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 32)
	private String username;

	@Column(length = 64)
	private String topic;

	@Column(nullable = false)
	private int answered;

	@Column(nullable = false)
	private int correct;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "finished_at")
	private Instant finishedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "quiz_session_items", joinColumns = @JoinColumn(name = "session_id"))
	@OrderColumn(name = "position")
	private List<QuizSessionItem> items = new ArrayList<>();

	protected QuizSession() {
	}

	QuizSession(String username, String topic, List<QuizSessionItem> items, Instant startedAt) {
		this.username = username;
		this.topic = topic;
		this.items = new ArrayList<>(items);
		this.startedAt = startedAt;
	}

	public boolean isFinished() {
		return this.finishedAt != null;
	}

	/** The item to answer next; only while not finished. */
	public QuizSessionItem current() {
		return this.items.get(this.answered);
	}

	void record(boolean right, String given, Instant now) {
		current().answer(given, right);
		this.answered++;
		if (right) {
			this.correct++;
		}
		if (this.answered == this.items.size()) {
			this.finishedAt = now;
		}
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getTopic() {
		return this.topic;
	}

	public int getAnswered() {
		return this.answered;
	}

	public int getCorrect() {
		return this.correct;
	}

	public int size() {
		return this.items.size();
	}

	public List<QuizSessionItem> getItems() {
		return List.copyOf(this.items);
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public Instant getFinishedAt() {
		return this.finishedAt;
	}

	public String getTopicLabel() {
		return (this.topic == null) ? "Mixed" : Question.topicLabel(this.topic);
	}

	public int getScorePercent() {
		return (this.answered == 0) ? 0 : Math.round(100f * this.correct / this.answered);
	}

}
