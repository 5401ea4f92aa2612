package com.mljudge.submissions.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionsPropertiesTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Bound.class);

	@Test
	void defaultsAreTheDocumentedOnes() {
		this.context.run((context) -> {
			SubmissionsProperties properties = context.getBean(SubmissionsProperties.class);
			assertThat(properties.workers()).isEqualTo(new SubmissionsProperties.Workers(1, true,
					Duration.ofMillis(500), Duration.ofSeconds(15), Duration.ofSeconds(5)));
			assertThat(properties.queue().maxWait()).isEqualTo(Duration.ofMinutes(2));
			assertThat(properties.rateLimit().perMinute()).isEqualTo(30);
			assertThat(properties.api())
				.isEqualTo(new SubmissionsProperties.Api(10, Duration.ofSeconds(3), Duration.ofSeconds(30)));
			assertThat(context.getBean(InstanceProperties.class).name()).isEmpty();
		});
	}

	@Test
	void theMetricsTagJudgeInstanceIsNotTakenForTheInstanceName() {
		this.context.withPropertyValues("judge.instance=web-1").run((context) -> {
			assertThat(context.getBean(InstanceProperties.class).name()).isEmpty();
			assertThat(context.getBean(InstanceProperties.class).nameOrUnique()).contains("@").doesNotContain("web-1");
		});
	}

	@Test
	void bindsTheNamesOpsUse() {
		this.context
			.withPropertyValues("judge.workers.count=3", "judge.workers.enabled=false", "judge.workers.lease=PT30S",
					"judge.rate-limit.per-minute=100000", "judge.api.open-waits-per-user=2", "judge.api.max-wait=20s",
					"judge.instance.name=w2")
			.run((context) -> {
				SubmissionsProperties properties = context.getBean(SubmissionsProperties.class);
				assertThat(properties.workers().count()).isEqualTo(3);
				assertThat(properties.workers().judging()).isZero();
				assertThat(properties.workers().lease()).isEqualTo(Duration.ofSeconds(30));
				assertThat(properties.rateLimit().perMinute()).isEqualTo(100000);
				assertThat(properties.api().openWaitsPerUser()).isEqualTo(2);
				assertThat(properties.api().maxWait()).isEqualTo(Duration.ofSeconds(20));
				assertThat(context.getBean(InstanceProperties.class).nameOrUnique()).isEqualTo("w2");
			});
	}

	@Test
	void refusesAVerdictWaitLongerThanTenMinutes() {
		this.context.withPropertyValues("judge.api.max-wait=11m")
			.run((context) -> assertThat(context).getFailure().rootCause().hasMessageContaining("api.maxWait"));
	}

	@Test
	void refusesToStartWithNoWorkersOrAZeroPollInterval() {
		this.context.withPropertyValues("judge.workers.count=0").run((context) -> assertThat(context).hasFailed());
		this.context.withPropertyValues("judge.workers.poll-interval=0s")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("workers.pollInterval"));
	}

	@EnableConfigurationProperties({ SubmissionsProperties.class, InstanceProperties.class })
	static class Bound {

	}

}
