package com.mljudge.judge;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class JudgeConfigurationTests {

	@Test
	void reportsAFreshJudgeUp() {
		JudgeConfiguration configuration = new JudgeConfiguration();
		Judge judge = configuration.judge(2_000);
		assertThat(configuration.judgeHealthIndicator(judge).health().getStatus()).isEqualTo(Status.UP);
		assertThat(configuration.judgeHealthIndicator(judge).health().getDetails()).containsEntry("leakedThreads", 0);
	}

}
