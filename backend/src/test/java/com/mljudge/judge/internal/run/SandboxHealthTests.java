package com.mljudge.judge.internal.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxHealthTests {

	@Test
	void isTaintedOnlyWhileMoreThanFourLeakedThreadsRun() throws InterruptedException {
		SandboxHealth health = new SandboxHealth();
		CountDownLatch release = new CountDownLatch(1);
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i <= SandboxHealth.MAX_LEAKED; i++) {
			Thread thread = new Thread(() -> {
				try {
					release.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
			thread.setDaemon(true);
			thread.start();
			threads.add(thread);
			assertThat(health.tainted()).isFalse();
			health.leaked(thread);
		}
		assertThat(health.leakedThreads()).isEqualTo(SandboxHealth.MAX_LEAKED + 1);
		assertThat(health.tainted()).isTrue();

		release.countDown();
		for (Thread thread : threads) {
			thread.join();
		}
		assertThat(health.leakedThreads()).isZero();
		assertThat(health.tainted()).isFalse();
	}

}
