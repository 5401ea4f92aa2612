package com.mljudge.database;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded database and the delivery of module events (the README's configuration
 * table is this Javadoc).
 *
 * @param data where the app keeps its files
 * @param database the embedded PostgreSQL
 * @param events module events not yet handled
 */
@ConfigurationProperties("judge")
@Validated
public record DatabaseProperties(@DefaultValue @Valid Data data, @DefaultValue @Valid Database database,
		@DefaultValue @Valid Events events) {

	/**
	 * @param dir folder of the embedded PostgreSQL's files (ignored with an external
	 * database)
	 */
	public record Data(@DefaultValue("./data") @NotNull Path dir) {
	}

	/**
	 * @param port port of the embedded PostgreSQL; 0 picks a free one at each start
	 * @param restartDelay how long after an embedded PostgreSQL died under the app it is
	 * started again on the same port
	 */
	public record Database(@DefaultValue("0") @Min(0) @Max(65535) int port,
			@DefaultValue("PT2S") @DurationMin Duration restartDelay) {
	}

	/**
	 * @param redeliverAfter how old an unfinished module event (a verdict's consequences:
	 * boards, contests) must be before a running instance delivers it again; checked this
	 * often
	 */
	public record Events(@DefaultValue("PT1M") @DurationMin(millis = 1) Duration redeliverAfter) {
	}

}
