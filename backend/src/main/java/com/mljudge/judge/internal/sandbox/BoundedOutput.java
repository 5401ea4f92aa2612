package com.mljudge.judge.internal.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The per-run buffer that {@code System.out} and {@code System.err} of user code are
 * rewritten to. Writing past the limit kills the run with {@link KillReason#OUTPUT}.
 */
public final class BoundedOutput extends OutputStream {

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final int limit;

	private final PrintStream printStream;

	public BoundedOutput(int limit) {
		this.limit = limit;
		this.printStream = new PrintStream(this, true, StandardCharsets.UTF_8);
	}

	PrintStream printStream() {
		return this.printStream;
	}

	@Override
	public synchronized void write(int b) {
		room(1);
		this.bytes.write(b);
	}

	@Override
	public synchronized void write(byte[] b, int off, int len) {
		int free = this.limit - this.bytes.size();
		if (len > free) {
			this.bytes.write(b, off, Math.max(free, 0));
		}
		room(len);
		this.bytes.write(b, off, len);
	}

	private void room(int len) {
		if (this.bytes.size() + (long) len > this.limit) {
			throw Guard.kill(KillReason.OUTPUT);
		}
	}

	public synchronized String text() {
		return this.bytes.toString(StandardCharsets.UTF_8);
	}

}
