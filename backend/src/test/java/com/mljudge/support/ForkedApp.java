package com.mljudge.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.mljudge.JudgeApplication;

/**
 * The application in a JVM of its own, started the way the README runs it (its main class
 * on the embedded PostgreSQL in a data folder; here from the test class path instead of
 * the packaged jar) so a test can {@code kill -9} it and start it again on the same
 * folder. Its log goes to a file the test reads.
 */
public final class ForkedApp implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

	private final Path dataDir;

	private final int databasePort;

	private final int httpPort;

	private final List<String> arguments;

	private Process process;

	private Path log;

	private int starts;

	public ForkedApp(Path dataDir, String... arguments) {
		this.dataDir = dataDir;
		this.databasePort = freePort();
		this.httpPort = freePort();
		this.arguments = List.of(arguments);
	}

	/** Starts the app and waits until it says it is ready. */
	public ForkedApp start() {
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "--add-exports",
				"jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED", "--add-exports",
				"jdk.compiler/com.sun.tools.javac.code=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
				JudgeApplication.class.getName(), "--judge.data.dir=" + this.dataDir,
				"--judge.database.port=" + this.databasePort, "--server.port=" + this.httpPort,
				"--spring.datasource.url=", "--judge.admin.password=" + TestDatabase.ADMIN_PASSWORD));
		command.addAll(this.arguments);
		try {
			this.starts++;
			this.log = this.dataDir.resolve("app-" + this.starts + ".log");
			this.process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(this.log.toFile())
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		awaitLog("ML Interview Judge is ready at", START_TIMEOUT);
		return this;
	}

	/** Waits until the log has a line containing {@code text}; fails with the log. */
	public void awaitLog(String text, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (log().contains(text)) {
				return;
			}
			if (!this.process.isAlive()) {
				throw new AssertionError(
						"the app exited (" + this.process.exitValue() + ") before logging '" + text + "':\n" + tail());
			}
			Await.pause(Duration.ofMillis(200));
		}
		throw new AssertionError("no '" + text + "' in the app's log within " + timeout + ":\n" + tail());
	}

	/** The current run's log. */
	public String log() {
		try {
			return Files.readString(this.log, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
	}

	/** {@code kill -9}: no shutdown hook, no clean stop of anything. */
	public void kill() {
		this.process.destroyForcibly();
		waitFor();
	}

	public Process process() {
		return this.process;
	}

	public int httpPort() {
		return this.httpPort;
	}

	public Connection connect() throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + this.databasePort + "/postgres", "postgres",
				"postgres");
	}

	public String tail() {
		String text = log();
		return text.substring(Math.max(0, text.length() - 6000));
	}

	/** Stops the app, and the PostgreSQL it leaves behind should it not stop cleanly. */
	@Override
	public void close() {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroy();
			waitFor();
		}
		postmaster().ifPresent(ProcessHandle::destroyForcibly);
	}

	/** The embedded PostgreSQL of the data folder, if one runs. */
	public Optional<ProcessHandle> postmaster() {
		Path pidFile = this.dataDir.resolve("postgres").resolve("postmaster.pid");
		try {
			long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
			return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private void waitFor() {
		try {
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
