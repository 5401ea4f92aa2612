package com.mljudge.python;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A submission's standard output and error: the first {@code keep} bytes are kept, the
 * rest counted and dropped; past {@link #FLOOD_BYTES} in all it is a flood the watchdog
 * stops (as the Java judge's BoundedOutput).
 */
final class CappedOutput extends OutputStream {

	static final long FLOOD_BYTES = 16L << 20;

	private final int keep;

	private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

	private long written;

	private int taken;

	CappedOutput(int keep) {
		this.keep = keep;
	}

	@Override
	public synchronized void write(int b) {
		write(new byte[] { (byte) b }, 0, 1);
	}

	@Override
	public synchronized void write(byte[] bytes, int offset, int length) {
		this.written += length;
		int room = this.keep - this.kept.size();
		if (room > 0) {
			this.kept.write(bytes, offset, Math.min(room, length));
		}
	}

	synchronized boolean flooded() {
		return this.written > FLOOD_BYTES;
	}

	/** What was written since the last take, as text, with a note when it was cut. */
	synchronized String take() {
		byte[] all = this.kept.toByteArray();
		String text = new String(all, this.taken, all.length - this.taken, StandardCharsets.UTF_8);
		boolean cutNow = this.written > this.keep && this.taken < this.keep;
		this.taken = all.length;
		if (cutNow) {
			text = text + "\n... output truncated after " + (this.keep >> 10) + " KiB\n";
		}
		return text;
	}

}
