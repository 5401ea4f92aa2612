package com.mljudge.judge.internal.sandbox;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The only kind of thread user code may run on. It carries the run's kill flag, allocation budget
 * and output buffer, so the instrumented code reaches them through
 * {@code Thread.currentThread()} (an intrinsic) instead of a ThreadLocal.
 */
public final class SandboxThread extends Thread {

	private static final AtomicLong SEQUENCE = new AtomicLong();

	private final PrintStream out;

	private final long allocationLimit;

	private long allocationStart;

	volatile KillReason killed;

	public SandboxThread(Runnable body, long stackBytes, BoundedOutput output, long allocationLimit) {
		// No inherited thread locals: nothing of the server's request context crosses over.
		super(null, body, "judge-sandbox-" + SEQUENCE.incrementAndGet(), stackBytes, false);
		setDaemon(true);
		// JDK code that looks up the context class loader must not find the application's.
		setContextClassLoader(null);
		this.out = output.printStream();
		this.allocationLimit = allocationLimit;
	}

	@Override
	public void run() {
		this.allocationStart = Guard.allocatedBytes();
		super.run();
	}

	/** Asks the thread to die at its next tick; the first reason wins. */
	public void kill(KillReason reason) {
		if (this.killed == null) {
			this.killed = reason;
		}
	}

	public KillReason killed() {
		return this.killed;
	}

	PrintStream out() {
		return this.out;
	}

	long allocationRemaining() {
		return this.allocationLimit - (Guard.allocatedBytes() - this.allocationStart);
	}

}
