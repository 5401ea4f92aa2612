package com.mljudge.judge;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class JudgeConfigurationTests {

	@Test
	void reportsAFreshJudgeUp() {
		JudgeConfiguration configuration = new JudgeConfiguration();
		Judge judge = configuration.judge(new JudgeProperties(2_000));
		assertThat(configuration.judgeHealthIndicator(judge).health().getStatus()).isEqualTo(Status.UP);
		assertThat(configuration.judgeHealthIndicator(judge).health().getDetails()).containsEntry("leakedThreads", 0);
	}

	@Test
	void heapSizingCountsTwiceTheMemoryLimitPerWorkerBesideTheServer() {
		MemorySizing small = new MemorySizing(2, 256L << 20, 1024L << 20);
		assertThat(small.neededBytes()).isEqualTo((384L + 2 * 2 * 256) << 20);
		assertThat(small.fits()).isFalse();
		assertThat(small.workersThatFit()).isEqualTo(1);
		assertThat(small.describe()).contains("2 judge worker(s)", "1408 MiB", "1024 MiB");
		assertThat(new MemorySizing(4, 256L << 20, 4096L << 20).fits()).isTrue();
	}

}
