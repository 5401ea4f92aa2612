package com.mljudge.database.internal;

import java.time.Duration;

import com.mljudge.database.DatabaseProperties;
import com.mljudge.database.JobTurns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
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
class EventRedelivery implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);

	private final IncompleteEventPublications publications;

	static final String JOB = "event-redelivery";

	private final Duration age;

	private final JobTurns turns;

	EventRedelivery(IncompleteEventPublications publications, DatabaseProperties properties, JobTurns turns) {
		this.publications = publications;
		this.age = properties.events().redeliverAfter();
		this.turns = turns;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(new FixedDelayTask(this::redeliver, this.age, this.age));
	}

	void redeliver() {
		try {
			// One instance per period: each would otherwise deliver every outstanding
			// publication again, N times over with N instances.
			if (this.turns.take(JOB, this.age.minus(this.age.dividedBy(10)))) {
				this.publications.resubmitIncompletePublicationsOlderThan(this.age);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not deliver outstanding module events again (tried again in {}): {}", this.age,
					ex.toString());
		}
	}

}
