package com.mljudge.database;

/**
 * Signals between every app instance on one PostgreSQL (its {@code LISTEN/NOTIFY}): live
 * updates (verdict waits, interview screens) and cache invalidation reach the instance a
 * user is connected to, whichever instance made the change.
 * <p>
 * A signal is a hint to read the database again, never the data itself: payloads are
 * small (an id), may be merged when one transaction sends the same one twice, and are
 * missed while the listening connection is down. After such a gap every receiver's
 * {@link Receiver#missed()} is called, so it can read again what it shows.
 */
public interface Signals {

	/** PostgreSQL's limit on a notification's payload, in bytes. */
	int MAX_PAYLOAD_BYTES = 7999;

	/**
	 * Sends {@code payload} on {@code channel} to every listening instance, this one
	 * included. Inside a transaction it is sent when that transaction commits, and never
	 * if it rolls back; outside one, at once.
	 * @param channel lower-case letters, digits and underscores, starting with a letter
	 * @throws IllegalArgumentException for a bad channel name or a payload over
	 * {@link #MAX_PAYLOAD_BYTES}
	 */
	void send(String channel, String payload);

	/**
	 * Calls {@code receiver} for every signal on {@code channel} sent after this returns,
	 * on a thread of the signals (one at a time, in the order received): a receiver must
	 * return quickly.
	 */
	Subscription listen(String channel, Receiver receiver);

	/** Gets the signals of one channel. */
	@FunctionalInterface
	interface Receiver {

		void signal(String payload);

		/**
		 * Signals may have been lost (the listening connection was down for a while):
		 * read again.
		 */
		default void missed() {
		}

	}

	/** Stops a receiver. */
	@FunctionalInterface
	interface Subscription extends AutoCloseable {

		@Override
		void close();

	}

}
