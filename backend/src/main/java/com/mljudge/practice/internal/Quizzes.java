package com.mljudge.practice.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import com.mljudge.practice.internal.QuestionBank.QuizRef;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quiz sessions: ten random items from a topic (or from everything), auto-graded one at a
 * time.
 */
@Service
class Quizzes {

	static final int SIZE = 10;

	private static final int MAX_GIVEN_LENGTH = 100;

	private final QuizSessionRepository sessions;

	private final QuestionBank bank;

	private final Random random = new Random();

	Quizzes(QuizSessionRepository sessions, QuestionBank bank) {
		this.sessions = sessions;
		this.bank = bank;
	}

	/**
	 * @throws IllegalArgumentException when the topic has no quiz items
	 */
	@Transactional
	QuizSession start(String username, String topic, Instant now) {
		List<QuizRef> pool = new ArrayList<>(this.bank.quizPool(topic));
		if (pool.isEmpty()) {
			throw new IllegalArgumentException("No quiz items for topic '" + topic + "'");
		}
		Collections.shuffle(pool, this.random);
		List<QuizSessionItem> items = pool.stream()
			.limit(SIZE)
			.map((ref) -> new QuizSessionItem(ref.question().slug(), ref.index()))
			.toList();
		return this.sessions.save(new QuizSession(username, topic, items, now));
	}

	@Transactional(readOnly = true)
	Optional<QuizSession> find(String username, long id) {
		return this.sessions.findByIdAndUsername(id, username);
	}

	/**
	 * Marks the answer to the item at {@code position}. Answering a position already
	 * answered (a resubmitted form) changes nothing and shows that item's result again.
	 */
	@Transactional
	Optional<AnswerResult> answer(String username, long id, int position, String given, Instant now) {
		Optional<QuizSession> found = this.sessions.findByIdAndUsername(id, username);
		if (found.isEmpty() || position < 0 || position >= found.get().size()) {
			return Optional.empty();
		}
		QuizSession session = found.get();
		if (position == session.getAnswered() && !session.isFinished()) {
			QuizRef ref = ref(session.current());
			String trimmed = (given == null) ? "" : given.strip();
			trimmed = trimmed.substring(0, Math.min(trimmed.length(), MAX_GIVEN_LENGTH));
			session.record(QuizGrading.isCorrect(ref.item(), trimmed), trimmed, now);
			this.sessions.save(session);
		}
		if (position >= session.getAnswered()) {
			return Optional.empty();
		}
		QuizSessionItem item = session.getItems().get(position);
		return Optional.of(new AnswerResult(session, position, ref(item), item.getGiven(),
				Boolean.TRUE.equals(item.getCorrect())));
	}

	/** The outcome of an item already answered, to show again without answering it. */
	@Transactional(readOnly = true)
	Optional<AnswerResult> answered(String username, long id, int position) {
		return this.sessions.findByIdAndUsername(id, username)
			.filter((session) -> position >= 0 && position < session.getAnswered())
			.map((session) -> {
				QuizSessionItem item = session.getItems().get(position);
				return new AnswerResult(session, position, ref(item), item.getGiven(),
						Boolean.TRUE.equals(item.getCorrect()));
			});
	}

	@Transactional(readOnly = true)
	List<QuizSession> history(String username) {
		return this.sessions.findTop20ByUsernameAndFinishedAtIsNotNullOrderByFinishedAtDesc(username);
	}

	QuizRef ref(QuizSessionItem item) {
		Question question = this.bank.find(item.getQuestionSlug())
			.orElseThrow(() -> new UnknownQuestionException(item.getQuestionSlug()));
		return new QuizRef(question, item.getItemIndex());
	}

	record AnswerResult(QuizSession session, int position, QuizRef ref, String given, boolean correct) {

		public String expected() {
			return QuizGrading.expected(this.ref.item());
		}

	}

}
