package com.mljudge.submissions.internal;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How this instance judges, and how much one user may ask of it. The Javadoc of each
 * component is the README's configuration table (ConfigurationTableTests).
 *
 * @param workers the judge workers of this instance
 * @param queue the submission queue
 * @param rateLimit submissions per user
 * @param api the JSON API's verdict waits
 */
@ConfigurationProperties("judge")
@Validated
record SubmissionsProperties(@DefaultValue @Valid Workers workers, @DefaultValue @Valid Queue queue,
		@DefaultValue @Valid RateLimit rateLimit, @DefaultValue @Valid Api api) {

	/**
	 * @param count judge worker threads in this instance
	 * @param enabled whether this instance judges; false runs a web-only instance that
	 * queues but does not judge
	 * @param pollInterval how often an idle worker looks for queued work it was not woken
	 * for
	 * @param lease how long a claimed submission stays its worker's without a renewal
	 * (renewed every third of it while it is judged), so a dead worker's submission is
	 * judged again this long after
	 * @param heartbeat how often an instance with workers reports; after three missed
	 * reports its workers count as gone
	 */
	record Workers(@DefaultValue("1") @Positive int count, @DefaultValue("true") boolean enabled,
			@DefaultValue("500ms") @DurationMin(millis = 1) Duration pollInterval,
			@DefaultValue("PT15S") @DurationMin(seconds = 1) Duration lease,
			@DefaultValue("5s") @DurationMin(millis = 1) Duration heartbeat) {

		/** Threads judging at once here: none in a web-only instance. */
		int judging() {
			return this.enabled ? this.count : 0;
		}

	}

	/**
	 * @param maxWait how long the oldest queued submission may wait before the judgeQueue
	 * health reports DELAYED (still HTTP 200): workers are missing, stuck or too few
	 */
	record Queue(@DefaultValue("PT2M") @DurationMin(millis = 1) Duration maxWait) {
	}

	/**
	 * @param perMinute submissions and runs per user per minute (429 with Retry-After
	 * beyond)
	 */
	record RateLimit(@DefaultValue("30") @Positive int perMinute) {
	}

	/**
	 * @param openWaitsPerUser verdict waits (GET /api/submissions/{id}?wait=30) one user
	 * may keep open (429 beyond); a waiting request holds no server thread
	 * @param waitRecheck how often open verdict waits re-read the database in case a
	 * verdict's signal from another instance was lost
	 * @param maxWait the longest verdict wait a client may ask for (?wait= in seconds,
	 * 400 beyond); keep it below the idle timeout of a proxy in front of the app
	 */
	record Api(@DefaultValue("10") @Positive int openWaitsPerUser,
			@DefaultValue("3s") @DurationMin(millis = 1) Duration waitRecheck,
			@DefaultValue("30s") @DurationMin(seconds = 1) @DurationMax(minutes = 10) Duration maxWait) {
	}

}
