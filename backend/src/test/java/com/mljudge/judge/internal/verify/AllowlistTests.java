package com.mljudge.judge.internal.verify;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules the allowlist must keep on every JDK the judge runs on, including members that
 * only newer JDKs have (the build's JDK 17 has no {@code Gatherers}; JDK 25 does, and the
 * package-wide stream rule would let all of it through).
 */
class AllowlistTests {

	private final Allowlist allowlist = Allowlist.standard();

	@Test
	void gatherersThatLeaveTheSandboxThreadOrSizeAnArrayAreDenied() {
		Allowlist.Rule gatherers = this.allowlist.rule("java/util/stream/Gatherers");
		assertThat(gatherers).isNotNull();
		assertThat(gatherers.permits("mapConcurrent")).as("virtual threads").isFalse();
		assertThat(gatherers.permits("windowFixed")).as("sized array").isFalse();
		assertThat(gatherers.permits("windowSliding")).as("sized array").isFalse();
		assertThat(gatherers.permits("fold")).isTrue();
		assertThat(gatherers.permits("scan")).isTrue();
	}

	@Test
	void parallelStreamsStayDenied() {
		assertThat(this.allowlist.rule("java/util/stream/Stream").permits("parallel")).isFalse();
		assertThat(this.allowlist.rule("java/util/stream/StreamSupport").permits("stream")).isFalse();
		assertThat(this.allowlist.rule("java/util/stream/Stream").permits("gather")).isTrue();
	}

}
