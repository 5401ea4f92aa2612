package com.mljudge.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on our data folder by an app that was killed
 * ({@code kill -9}, a crash): the postmaster outlives its parent, keeps
 * {@code postmaster.pid}, and a new start would fail on it. Called only while we hold the
 * folder's lock, so no live app owns that server: it is an orphan, and it is stopped
 * (fast shutdown, which writes nothing half-done; then a kill if it will not go) before
 * the new start.
 */
final class OrphanPostmaster {

	private static final Logger log = LoggerFactory.getLogger(OrphanPostmaster.class);

	private static final long SHUTDOWN_SECONDS = 20;

	private OrphanPostmaster() {
	}

	static void stopIfRunning(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		Optional<ProcessHandle> orphan = postmaster(pidFile, dataDirectory);
		if (orphan.isEmpty()) {
			// A stale file of a server that is gone: PostgreSQL itself starts over it.
			return;
		}
		ProcessHandle process = orphan.get();
		log.warn("An embedded PostgreSQL (pid {}) from an earlier run that did not stop cleanly still holds {}; "
				+ "stopping it before starting again", process.pid(), dataDirectory);
		// SIGTERM would wait for clients that died with the old app; SIGINT is the fast
		// shutdown: open transactions roll back, everything committed stays.
		signal(process.pid(), "INT");
		if (!waitForExit(process)) {
			log.warn("The old embedded PostgreSQL (pid {}) did not stop in {} s; killing it (its committed data is "
					+ "recovered from the write-ahead log at the next start)", process.pid(), SHUTDOWN_SECONDS);
			process.destroyForcibly();
			if (!waitForExit(process)) {
				throw new IllegalStateException(
						"An old embedded PostgreSQL (pid " + process.pid() + ") still runs on " + dataDirectory
								+ " and will not stop; stop it (kill " + process.pid() + ") and start the app again.");
			}
		}
	}

	/**
	 * The live process named by the pid file, when it is a PostgreSQL server of this very
	 * folder (a recycled pid of another program is left alone).
	 */
	private static Optional<ProcessHandle> postmaster(Path pidFile, Path dataDirectory) throws IOException {
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		if (lines.size() < 2) {
			return Optional.empty();
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).strip());
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		if (process.isEmpty() || !isPostgres(process.get())) {
			return Optional.empty();
		}
		Path folder = Path.of(lines.get(1).strip());
		boolean ours = Files.exists(folder) && Files.isSameFile(folder, dataDirectory);
		return ours ? process : Optional.empty();
	}

	private static boolean isPostgres(ProcessHandle process) {
		Optional<String> command = process.info().command();
		if (command.isPresent()) {
			String name = Path.of(command.get()).getFileName().toString();
			return name.equals("postgres") || name.equals("postmaster");
		}
		// Some systems hide another user's command: trust the pid file's folder line.
		return true;
	}

	private static void signal(long pid, String name) throws IOException {
		try {
			Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid)).redirectErrorStream(true).start();
			kill.getInputStream().readAllBytes();
			kill.waitFor(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException ex) {
			// No kill command (Windows): a plain terminate is the next best thing.
			ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
		}
	}

	private static boolean waitForExit(ProcessHandle process) {
		try {
			process.onExit().get(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !process.isAlive();
		}
		catch (Exception ex) {
			return !process.isAlive();
		}
	}

}
