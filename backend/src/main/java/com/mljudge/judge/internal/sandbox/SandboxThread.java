package com.mljudge.judge.internal.sandbox;

import java.io.PrintStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The only kind of thread user code may run on. It carries the run's kill flag, memory
 * account and output buffer, so the instrumented code reaches them through
 * {@code Thread.currentThread()} (an intrinsic) instead of a ThreadLocal.
 * <p>
 * One thread serves the calls of one submission, one at a time (each test of it), so a
 * test does not wait for a new thread to be scheduled: on a busy machine a new thread
 * waited 0.9 ms on average, over 3 ms for one in ten, while a parked one is woken at
 * once. It never serves another submission, and never another call once it has been
 * killed: it ends after {@link #finish()} or a kill.
 */
public final class SandboxThread extends Thread {

	private static final AtomicLong SEQUENCE = new AtomicLong();

	/** Tells the thread to end instead of waiting for another call. */
	private static final Runnable FINISH = () -> {
	};

	private final PrintStream out;

	private final HeldMemory memory;

	private final BlockingQueue<Runnable> calls = new ArrayBlockingQueue<>(1);

	volatile KillReason killed;

	public SandboxThread(long stackBytes, BoundedOutput output, long memoryBytes) {
		// No inherited thread locals: nothing of the server's request context crosses
		// over.
		super(null, null, "judge-sandbox-" + SEQUENCE.incrementAndGet(), stackBytes, false);
		setDaemon(true);
		// JDK code that looks up the context class loader must not find the
		// application's.
		setContextClassLoader(null);
		this.out = output.printStream();
		this.memory = new HeldMemory(getId(), memoryBytes);
	}

	/**
	 * Hands the thread its next call; {@code ended} is counted down when the call is
	 * over. The caller watches the call until then, and hands over no other call
	 * meanwhile.
	 */
	public void begin(Runnable call, CountDownLatch ended) {
		if (this.killed != null || !this.calls.offer(() -> {
			try {
				call.run();
			}
			finally {
				ended.countDown();
			}
		})) {
			throw new IllegalStateException("this sandbox thread takes no call now");
		}
	}

	/** Ends the thread once it is waiting for a call (at once when it is). */
	public void finish() {
		this.calls.offer(FINISH);
	}

	@Override
	public void run() {
		this.memory.open();
		try {
			while (this.killed == null) {
				Runnable call;
				try {
					call = this.calls.take();
				}
				catch (InterruptedException ex) {
					return;
				}
				if (call == FINISH) {
					return;
				}
				call.run();
			}
		}
		finally {
			this.memory.close();
		}
	}

	/** Asks the thread to die at its next tick; the first reason wins. */
	public void kill(KillReason reason) {
		if (this.killed == null) {
			this.killed = reason;
			this.memory.dying();
		}
	}

	/**
	 * The watchdog gave up on this thread (killed, it would not stop): what it holds
	 * counts as the server's from now on, so it does not keep the memory baseline from
	 * being measured again for as long as it runs.
	 */
	public void abandon() {
		this.memory.close();
	}

	public KillReason killed() {
		return this.killed;
	}

	PrintStream out() {
		return this.out;
	}

	/** What the thread holds against its memory limit. */
	public HeldMemory memory() {
		return this.memory;
	}

}
