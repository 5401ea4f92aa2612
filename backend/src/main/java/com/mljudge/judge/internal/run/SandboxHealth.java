package com.mljudge.judge.internal.run;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts sandbox threads that would not die. One is enough to taint the worker: the JVM
 * can no longer stop such a thread, so the worker stops taking work and reports DOWN to
 * be restarted.
 */
public final class SandboxHealth {

	private final AtomicInteger leaked = new AtomicInteger();

	void leaked() {
		this.leaked.incrementAndGet();
	}

	public boolean tainted() {
		return this.leaked.get() > 0;
	}

	public int leakedThreads() {
		return this.leaked.get();
	}

}
