package com.mljudge.support;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import com.mljudge.submissions.SubmissionJudged;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every {@link SubmissionJudged} the application commits, as tests observe them. Part of
 * the shared test configuration so it never costs a second context.
 */
@TestComponent
public class JudgedEvents {

	private final List<SubmissionJudged> events = new CopyOnWriteArrayList<>();

	@TransactionalEventListener
	void on(SubmissionJudged event) {
		this.events.add(event);
	}

	/** How many recorded events match. */
	public long count(Predicate<SubmissionJudged> match) {
		return this.events.stream().filter(match).count();
	}

	/**
	 * The first recorded event that matches, waiting up to a minute for it; fails the
	 * test otherwise.
	 */
	public SubmissionJudged await(Predicate<SubmissionJudged> match) {
		return Await
			.until("a matching SubmissionJudged among the " + this.events.size() + " recorded",
					() -> this.events.stream().filter(match).findFirst(), Optional::isPresent)
			.get();
	}

}
