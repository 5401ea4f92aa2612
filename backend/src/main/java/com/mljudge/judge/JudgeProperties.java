package com.mljudge.judge;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The judge's settings (the README's configuration table is their Javadoc).
 *
 * @param graceMillis how long a killed sandbox thread may take to stop before it is left
 * behind and its submission marked stalled, in milliseconds
 */
@ConfigurationProperties("judge")
@Validated
record JudgeProperties(@DefaultValue("2000") @Positive long graceMillis) {
}
