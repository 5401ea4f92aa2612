package com.mljudge.judge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin Spring adapter around the plain-Java judge: one {@link Judge} per worker, a
 * reference cache, and a health indicator that goes DOWN once the judge is tainted (more
 * than {@code SandboxHealth.MAX_LEAKED} leaked sandbox threads still running) so the
 * supervisor restarts the instance.
 */
@Configuration(proxyBeanMethods = false)
class JudgeConfiguration {

	private static final Logger log = LoggerFactory.getLogger(JudgeConfiguration.class);

	/**
	 * @param graceMillis how long a killed sandbox thread may take to stop before it is
	 * left behind and its submission marked stalled
	 */
	@Bean
	Judge judge(@Value("${judge.grace-millis:2000}") long graceMillis) {
		return new Judge(CompileLimits.defaults(), graceMillis);
	}

	/**
	 * Checks at start-up that the heap can hold every worker's run at its memory limit
	 * (MEMORY.md); a heap too small is logged as a warning with the numbers, not refused,
	 * so a small development machine still starts.
	 */
	@Bean
	MemorySizing memorySizing(@Value("${judge.workers.count:1}") int workers,
			@Value("${judge.workers.enabled:true}") boolean enabled) {
		MemorySizing sizing = new MemorySizing(enabled ? Math.max(1, workers) : 1, Limits.defaults().memoryBytes(),
				Runtime.getRuntime().maxMemory());
		if (sizing.fits()) {
			log.info("judge memory: {}", sizing.describe());
		}
		else {
			log.warn(
					"judge memory: the heap is too small for the judge workers: {}. A run holding its limit may "
							+ "then run the server out of heap: raise -Xmx or lower judge.workers.count to {}",
					sizing.describe(), sizing.workersThatFit());
		}
		return sizing;
	}

	@Bean
	ReferenceCache referenceCache() {
		return new ReferenceCache(256);
	}

	@Bean
	HealthIndicator judgeHealthIndicator(Judge judge) {
		return () -> {
			JudgeHealth health = judge.health();
			Health.Builder builder = health.up() ? Health.up() : Health.down();
			return builder.withDetail("leakedThreads", health.leakedThreads())
				.withDetail("judged", health.judged())
				.build();
		};
	}

}
