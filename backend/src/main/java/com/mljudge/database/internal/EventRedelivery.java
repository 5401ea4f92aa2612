package com.mljudge.database.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the module events whose listener has not finished a while after they
 * were published: it failed (the database was away for a moment) or its instance died
 * mid-way. At start every outstanding publication is delivered again anyway
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}); this covers
 * an instance that keeps running. Listeners apply an event idempotently, so a publication
 * an instance is still working on may be delivered twice without harm.
 */
@Component
class EventRedelivery {

	private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);

	private final IncompleteEventPublications publications;

	private final Duration age;

	EventRedelivery(IncompleteEventPublications publications,
			@Value("${judge.events.redeliver-after:PT1M}") Duration age) {
		this.publications = publications;
		this.age = age;
	}

	@Scheduled(initialDelayString = "${judge.events.redeliver-after:PT1M}",
			fixedDelayString = "${judge.events.redeliver-after:PT1M}")
	void redeliver() {
		try {
			this.publications.resubmitIncompletePublicationsOlderThan(this.age);
		}
		catch (RuntimeException ex) {
			log.warn("Could not deliver outstanding module events again (tried again in {}): {}", this.age,
					ex.toString());
		}
	}

}
