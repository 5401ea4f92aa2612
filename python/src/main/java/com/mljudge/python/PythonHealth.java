package com.mljudge.python;

import java.util.ArrayList;
import java.util.List;

/**
 * Sandbox threads that would not stop after a kill: the runner is tainted (answers
 * INTERNAL_ERROR, health DOWN) while more than {@link #MAX_LEAKED} of them still run, as
 * the Java judge.
 */
final class PythonHealth {

	static final int MAX_LEAKED = 4;

	private final List<Thread> leaked = new ArrayList<>();

	synchronized void leaked(Thread thread) {
		this.leaked.add(thread);
	}

	synchronized int leakedThreads() {
		this.leaked.removeIf((thread) -> !thread.isAlive());
		return this.leaked.size();
	}

	boolean tainted() {
		return leakedThreads() > MAX_LEAKED;
	}

}
