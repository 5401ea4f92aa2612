package com.mljudge.problems.internal;

import java.util.UUID;

import com.mljudge.database.Signals;
import com.mljudge.problems.ProblemPublished;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A publish on one instance is a {@link ProblemPublished} on every instance: the event is
 * signalled with the publishing transaction's commit, and each other instance publishes
 * it again locally, so its catalog, page caches and practice questions drop their copies
 * at once instead of when they expire. The local listeners run outside any transaction
 * there, so they must accept that ({@code fallbackExecution}); this one does not, which
 * keeps a re-published event from being signalled again.
 * <p>
 * A publish whose signal was missed (the listening connection was down) shows when the
 * copies expire, as before signals.
 */
@Component
class PublishedEverywhere {

	static final String CHANNEL = "problem_published";

	private static final Logger log = LoggerFactory.getLogger(PublishedEverywhere.class);

	/** Tells this instance's own signals from the others'. */
	private final String instance = UUID.randomUUID().toString();

	private final Signals signals;

	private final ApplicationEventPublisher events;

	private final Signals.Subscription subscription;

	PublishedEverywhere(Signals signals, ApplicationEventPublisher events) {
		this.signals = signals;
		this.events = events;
		this.subscription = signals.listen(CHANNEL, this::received);
	}

	// Not an @ApplicationModuleListener: the signal must go with the publisher's commit
	// (in its transaction), and never for a re-published event.
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void published(ProblemPublished published) {
		this.signals.send(CHANNEL, this.instance + " " + published.version() + " " + published.slug());
	}

	private void received(String payload) {
		String[] parts = payload.split(" ", 3);
		if (parts.length != 3 || parts[0].equals(this.instance)) {
			return;
		}
		try {
			this.events.publishEvent(new ProblemPublished(parts[2], Integer.parseInt(parts[1])));
		}
		catch (NumberFormatException ex) {
			log.warn("Ignored a malformed publish signal: {}", payload);
		}
	}

	@PreDestroy
	void stop() {
		this.subscription.close();
	}

}
