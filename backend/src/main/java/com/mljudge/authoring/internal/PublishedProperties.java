package com.mljudge.authoring.internal;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Published problem versions (the README's configuration table is this Javadoc).
 *
 * @param refresh how long this instance may use its list of the latest published versions
 * before reading it again (a version published on another instance shows after at most
 * this long)
 */
@ConfigurationProperties("judge.published")
@Validated
record PublishedProperties(@DefaultValue("1s") @DurationMin Duration refresh) {
}
