package com.mljudge.judge;

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

	@Bean
	Judge judge(JudgeProperties properties) {
		return new Judge(CompileLimits.defaults(), properties.graceMillis());
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
