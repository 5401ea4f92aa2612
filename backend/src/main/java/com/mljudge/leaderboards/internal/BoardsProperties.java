package com.mljudge.leaderboards.internal;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The boards' second line of defence (the README's configuration table is this Javadoc).
 *
 * @param reconcileFirst how long after start the boards are first checked against the
 * submissions (and repaired)
 * @param reconcileEvery how often the boards are checked against the submissions again;
 * differing entries and totals are rebuilt and a WARN line says how many
 */
@ConfigurationProperties("judge.boards")
@Validated
record BoardsProperties(@DefaultValue("PT10S") @DurationMin Duration reconcileFirst,
		@DefaultValue("PT6H") @DurationMin(millis = 1) Duration reconcileEvery) {
}
