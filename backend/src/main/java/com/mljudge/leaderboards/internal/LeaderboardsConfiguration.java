package com.mljudge.leaderboards.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Module listeners ({@code @ApplicationModuleListener}) are {@code @Async}: with async enabled a verdict's board
 * update runs on the application task executor after the verdict commits, so the judge worker that stored it
 * goes straight back to the queue.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class LeaderboardsConfiguration {

}
