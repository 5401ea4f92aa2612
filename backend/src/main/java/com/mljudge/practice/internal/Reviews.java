package com.mljudge.practice.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's spaced-repetition queue: due cards first (oldest due first), then questions
 * never reviewed, in bank order. A card exists from its first review on.
 */
@Service
class Reviews {

	private final ReviewCardRepository cards;

	private final ReviewLogRepository log;

	private final QuestionBank bank;

	private final Fsrs fsrs;

	Reviews(ReviewCardRepository cards, ReviewLogRepository log, QuestionBank bank, Fsrs fsrs) {
		this.cards = cards;
		this.log = log;
		this.bank = bank;
		this.fsrs = fsrs;
	}

	/**
	 * @throws UnknownQuestionException when the slug names no practice question
	 */
	@Transactional
	ReviewOutcome review(String username, String slug, Grade grade, Instant now) {
		Question question = this.bank.find(slug).orElseThrow(() -> new UnknownQuestionException(slug));
		UserQuestion subject = new UserQuestion(username, slug);
		ReviewCard card = this.cards.findBySubject(subject).orElseGet(() -> new ReviewCard(subject));
		double elapsed = card.elapsedDays(now);
		Memory memory = card.isNew() ? this.fsrs.first(grade) : this.fsrs.next(card.memory(), elapsed, grade);
		int interval = this.fsrs.intervalDays(memory.stability());
		card.reviewed(memory, grade, interval, now);
		this.cards.save(card);
		this.log.save(new ReviewLogEntry(subject, grade, elapsed, memory, interval, now));
		return new ReviewOutcome(question.slug(), question.title(), grade, interval, card.getDueAt(),
				memory.stability(), memory.difficulty());
	}

	/**
	 * Cards whose review is due now for this user; questions never reviewed are not
	 * counted.
	 */
	@Transactional(readOnly = true)
	long reviewsDue(String username) {
		Instant now = Instant.now();
		return this.cards.findBySubjectUsernameOrderByDueAt(username)
			.stream()
			.filter((card) -> card.isDue(now) && this.bank.find(card.getQuestionSlug()).isPresent())
			.count();
	}

	/**
	 * Questions this user has never reviewed: the review offers them after the due ones.
	 */
	@Transactional(readOnly = true)
	long newCards(String username) {
		Map<String, ReviewCard> seen = cardsBySlug(username);
		return this.bank.all().stream().filter((q) -> !seen.containsKey(q.slug())).count();
	}

	/** The interval each grade would give the card now, as review buttons show it. */
	@Transactional(readOnly = true)
	Map<Grade, Integer> preview(String username, String slug, Instant now) {
		Optional<ReviewCard> card = this.cards.findBySubject(new UserQuestion(username, slug));
		Map<Grade, Integer> intervals = new java.util.EnumMap<>(Grade.class);
		for (Grade grade : Grade.values()) {
			Memory memory = card.filter((c) -> !c.isNew())
				.map((c) -> this.fsrs.next(c.memory(), c.elapsedDays(now), grade))
				.orElseGet(() -> this.fsrs.first(grade));
			intervals.put(grade, this.fsrs.intervalDays(memory.stability()));
		}
		return intervals;
	}

	/** Due cards, then new questions, restricted to a topic when one is given. */
	@Transactional(readOnly = true)
	List<QueueEntry> queue(String username, String topic, Instant now) {
		Map<String, ReviewCard> bySlug = cardsBySlug(username);
		List<QueueEntry> queue = new ArrayList<>();
		for (ReviewCard card : bySlug.values()) {
			Optional<Question> question = this.bank.find(card.getQuestionSlug());
			if (card.isDue(now) && question.isPresent() && matches(question.get(), topic)) {
				queue.add(new QueueEntry(question.get(), card.getDueAt()));
			}
		}
		for (Question question : this.bank.filter(topic, null)) {
			if (!bySlug.containsKey(question.slug())) {
				queue.add(new QueueEntry(question, null));
			}
		}
		return queue;
	}

	/**
	 * Per topic: due and new counts and mastery, the mean retrievability now (0 for
	 * unseen questions).
	 */
	@Transactional(readOnly = true)
	Map<String, TopicProgress> progress(String username, Instant now) {
		Map<String, ReviewCard> bySlug = cardsBySlug(username);
		return this.bank.topics().stream().collect(Collectors.toMap(Function.identity(), (topic) -> {
			int due = 0;
			int fresh = 0;
			double recall = 0;
			List<Question> questions = this.bank.filter(topic, null);
			for (Question question : questions) {
				ReviewCard card = bySlug.get(question.slug());
				if (card == null) {
					fresh++;
					continue;
				}
				if (card.isDue(now)) {
					due++;
				}
				recall += this.fsrs.retrievability(card.elapsedDays(now), card.memory().stability());
			}
			return new TopicProgress(due, fresh, questions.size(), recall / Math.max(1, questions.size()));
		}));
	}

	private Map<String, ReviewCard> cardsBySlug(String username) {
		return this.cards.findBySubjectUsernameOrderByDueAt(username)
			.stream()
			.collect(Collectors.toMap(ReviewCard::getQuestionSlug, Function.identity(), (a, b) -> a,
					java.util.LinkedHashMap::new));
	}

	private static boolean matches(Question question, String topic) {
		return topic == null || question.topics().contains(topic);
	}

	/** A question in the queue; {@code dueAt} is null for one never reviewed. */
	record QueueEntry(Question question, Instant dueAt) {

		public boolean isNew() {
			return this.dueAt == null;
		}

	}

	// Serializable: it travels to the next page as a flash attribute, in the session
	// table.
	record ReviewOutcome(String slug, String title, Grade grade, int intervalDays, Instant dueAt, double stability,
			double difficulty) implements java.io.Serializable {
	}

	record TopicProgress(int due, int fresh, int total, double mastery) {

		public int masteryPercent() {
			return (int) Math.round(100 * this.mastery);
		}

	}

}
