package com.mljudge.judge.internal.run;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Counts sandbox threads that would not die in time. Such a thread is a daemon left to
 * finish on its own (the JVM cannot stop it safely); it holds nothing the judge needs, so
 * the judge goes on with fresh sandbox threads. Only when more than {@link #MAX_LEAKED}
 * are still running at once (each takes a core) is the judge tainted: it stops taking
 * work and reports DOWN so its supervisor restarts the instance.
 */
public final class SandboxHealth {

	/** Leaked threads still running that a judge tolerates. */
	public static final int MAX_LEAKED = 4;

	private final List<Thread> leaked = new CopyOnWriteArrayList<>();

	void leaked(Thread thread) {
		this.leaked.removeIf((t) -> !t.isAlive());
		this.leaked.add(thread);
	}

	public boolean tainted() {
		return leakedThreads() > MAX_LEAKED;
	}

	/** Leaked threads still running. */
	public int leakedThreads() {
		return (int) this.leaked.stream().filter(Thread::isAlive).count();
	}

}
