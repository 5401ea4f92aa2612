package com.mljudge.judge.internal.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The per-submission buffer that {@code System.out} and {@code System.err} of user code
 * are rewritten to. Standard output is for debugging, never the answer: the first
 * {@code kept} bytes are kept and the rest is dropped, and the run goes on. Only a flood
 * far past any debugging, {@link #FLOOD_BYTES} written in all, kills the run with
 * {@link KillReason#OUTPUT}.
 */
public final class BoundedOutput extends OutputStream {

	/** Written in all before the run is stopped: 256 times the default kept 64 KiB. */
	public static final long FLOOD_BYTES = 16L << 20;

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final int kept;

	private final PrintStream printStream;

	private long written;

	public BoundedOutput(int kept) {
		this.kept = kept;
		this.printStream = new PrintStream(this, true, StandardCharsets.UTF_8);
	}

	PrintStream printStream() {
		return this.printStream;
	}

	@Override
	public synchronized void write(int b) {
		count(1);
		if (this.bytes.size() < this.kept) {
			this.bytes.write(b);
		}
	}

	@Override
	public synchronized void write(byte[] b, int off, int len) {
		long before = this.written;
		count(len);
		int free = this.kept - this.bytes.size();
		if (free > 0 && before < this.kept) {
			this.bytes.write(b, off, Math.min(free, len));
		}
	}

	private void count(int len) {
		this.written += len;
		if (this.written > FLOOD_BYTES) {
			throw Guard.kill(KillReason.OUTPUT);
		}
	}

	/** Whether more was written than kept. */
	public synchronized boolean truncated() {
		return this.written > this.kept;
	}

	/** What was kept, with a last line saying so when the rest was dropped. */
	public synchronized String text() {
		String text = this.bytes.toString(StandardCharsets.UTF_8);
		if (!truncated()) {
			return text;
		}
		String size = (this.kept % 1024 == 0) ? (this.kept / 1024) + " KiB" : this.kept + " bytes";
		return text + (text.endsWith("\n") ? "" : "\n") + "... output truncated after " + size;
	}

}
