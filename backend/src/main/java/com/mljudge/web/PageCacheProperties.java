package com.mljudge.web;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The page caches (the README's configuration table is this Javadoc).
 *
 * @param ttl how long anonymous visitors may be served a problem page or the catalog from
 * the page cache (0 turns it off)
 * @param boardTtl how long anonymous visitors may be served a leaderboard page from the
 * page cache, kept short so a verdict shows within a second
 * @param signedInTtl how long a problem page rendered for signed-in visitors is shared by
 * everyone with the same roles (each copy gets its user's name and CSRF token; 0 renders
 * every view)
 */
@ConfigurationProperties("judge.page-cache")
@Validated
record PageCacheProperties(@DefaultValue("5s") @DurationMin Duration ttl,
		@DefaultValue("500ms") @DurationMin Duration boardTtl, @DefaultValue("5s") @DurationMin Duration signedInTtl) {
}
