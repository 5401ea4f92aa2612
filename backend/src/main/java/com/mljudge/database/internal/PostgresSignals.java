package com.mljudge.database.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.mljudge.database.Signals;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link Signals} over PostgreSQL's {@code LISTEN/NOTIFY}. One connection of its own
 * (outside the pool, so it never starves requests) listens on every channel someone
 * subscribed to; one thread reads it, another hands the signals to the receivers. Sending
 * is {@code pg_notify} on the caller's connection, so PostgreSQL itself delays it to the
 * commit of the caller's transaction. JdbcClient: {@code pg_notify} only, no table.
 */
@Component
class PostgresSignals implements Signals {

	private static final Logger log = LoggerFactory.getLogger(PostgresSignals.class);

	private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9_]{0,62}");

	/** How long the reader waits for notifications before it looks for new channels. */
	private static final int POLL_MILLIS = 100;

	private static final long RECONNECT_MILLIS = 1_000;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final Map<String, List<Receiver>> receivers = new ConcurrentHashMap<>();

	/** Channels to LISTEN on, with a latch counted down once the reader has. */
	private final Queue<Map.Entry<String, CountDownLatch>> newChannels = new ConcurrentLinkedQueue<>();

	private final ExecutorService delivery = Executors.newSingleThreadExecutor((task) -> daemon(task, "signals"));

	private final Thread reader = daemon(this::read, "signals-listener");

	private volatile boolean running = true;

	PostgresSignals(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.reader.start();
	}

	@Override
	public void send(String channel, String payload) {
		checkChannel(channel);
		if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
			throw new IllegalArgumentException("a signal's payload is at most " + MAX_PAYLOAD_BYTES + " bytes");
		}
		this.jdbc.sql("select pg_notify(:channel, :payload)")
			.param("channel", channel)
			.param("payload", payload)
			.query((rs, row) -> 1)
			.list();
	}

	@Override
	public Subscription listen(String channel, Receiver receiver) {
		checkChannel(channel);
		boolean[] first = { false };
		this.receivers.compute(channel, (name, list) -> {
			if (list == null) {
				first[0] = true;
				list = new CopyOnWriteArrayList<>();
			}
			list.add(receiver);
			return list;
		});
		if (first[0]) {
			CountDownLatch listening = new CountDownLatch(1);
			this.newChannels.add(Map.entry(channel, listening));
			try {
				// A signal sent after listen() returns must reach the receiver; the
				// database may be down, so not forever.
				listening.await(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		return () -> this.receivers.computeIfPresent(channel, (name, list) -> {
			list.remove(receiver);
			return list;
		});
	}

	private static void checkChannel(String channel) {
		if (channel == null || !CHANNEL.matcher(channel).matches()) {
			throw new IllegalArgumentException("a signal channel is a lower-case identifier, not " + channel);
		}
	}

	private void read() {
		boolean connectedBefore = false;
		while (this.running) {
			try (Connection connection = connect()) {
				PGConnection pg = connection.unwrap(PGConnection.class);
				try (Statement statement = connection.createStatement()) {
					for (String channel : this.receivers.keySet()) {
						statement.execute("LISTEN " + channel);
					}
				}
				if (connectedBefore) {
					deliverMissed();
				}
				connectedBefore = true;
				while (this.running) {
					listenToNewChannels(connection);
					PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							deliver(notification.getName(), notification.getParameter());
						}
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (this.running) {
					log.warn("Signals are not received until the database answers again: {}", ex.toString());
					sleep(RECONNECT_MILLIS);
				}
			}
		}
	}

	private void listenToNewChannels(Connection connection) throws SQLException {
		for (Map.Entry<String, CountDownLatch> next = this.newChannels.peek(); next != null; next = this.newChannels
			.peek()) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("LISTEN " + next.getKey());
			}
			this.newChannels.poll();
			next.getValue().countDown();
		}
	}

	private Connection connect() throws SQLException {
		if (this.dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
			return DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
		}
		return this.dataSource.getConnection();
	}

	private void deliver(String channel, String payload) {
		List<Receiver> list = this.receivers.get(channel);
		if (list == null || list.isEmpty()) {
			return;
		}
		this.delivery.execute(() -> {
			for (Receiver receiver : list) {
				try {
					receiver.signal(payload);
				}
				catch (RuntimeException ex) {
					log.warn("A receiver of signal {} failed", channel, ex);
				}
			}
		});
	}

	private void deliverMissed() {
		this.delivery.execute(() -> this.receivers.values().stream().flatMap(List::stream).forEach((receiver) -> {
			try {
				receiver.missed();
			}
			catch (RuntimeException ex) {
				log.warn("A receiver failed to catch up after lost signals", ex);
			}
		}));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}

	@PreDestroy
	void stop() {
		this.running = false;
		this.reader.interrupt();
		this.delivery.shutdownNow();
	}

}
