package com.mljudge.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server whose files live in a folder that survives restarts. The folder is
 * guarded by an exclusive file lock held for the server's lifetime, so a second instance
 * fails fast with a clear message instead of corrupting the data or failing deep inside
 * PostgreSQL. Should the server die under the running app (killed, out of memory), it is
 * started again on the same port after {@code restartDelay}, and again every few seconds
 * until it comes up; the connection pool reconnects by itself.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	static final String USER = "postgres";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private final Path directory;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private volatile EmbeddedPostgres postgres;

	private final int port;

	private volatile boolean closing;

	private EmbeddedDatabase(Path directory, FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
		this.directory = directory;
		this.lockChannel = lockChannel;
		this.lock = lock;
		this.postgres = postgres;
		this.port = postgres.getPort();
	}

	static EmbeddedDatabase start(Path directory, int port) {
		return start(directory, port, null);
	}

	/**
	 * Starts the server; with a {@code restartDelay} it is also watched and started again
	 * should it die.
	 */
	static EmbeddedDatabase start(Path directory, int port, Duration restartDelay) {
		Path absolute = directory.toAbsolutePath().normalize();
		FileChannel channel = null;
		try {
			Files.createDirectories(absolute.getParent());
			channel = FileChannel.open(absolute.resolveSibling(absolute.getFileName() + ".lock"),
					StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel);
			if (lock == null) {
				throw new EmbeddedDatabaseLockedException(absolute);
			}
			OrphanPostmaster.stopIfRunning(absolute);
			log.info("Starting embedded PostgreSQL with its data in {}", absolute);
			EmbeddedPostgres postgres = server(absolute, port);
			log.info("Embedded PostgreSQL is listening on 127.0.0.1:{}", postgres.getPort());
			EmbeddedDatabase database = new EmbeddedDatabase(absolute, channel, lock, postgres);
			if (restartDelay != null) {
				database.watch(restartDelay);
			}
			return database;
		}
		catch (IOException ex) {
			closeQuietly(channel);
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + absolute, ex);
		}
		catch (RuntimeException ex) {
			closeQuietly(channel);
			throw ex;
		}
	}

	private static EmbeddedPostgres server(Path directory, int port) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			// The library is made for throw-away test databases and starts PostgreSQL
			// with fsync and synchronous commit off, where a power cut or a kernel
			// crash can lose commits or corrupt the whole folder. This one holds
			// everything users wrote, so every commit is on disk before it is
			// acknowledged (a few tenths of a millisecond per commit here).
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on");
		if (port > 0) {
			builder.setPort(port);
		}
		return builder.start();
	}

	/**
	 * A daemon thread that waits for the postmaster to exit and, unless the app is
	 * closing it, starts it again.
	 */
	private void watch(Duration restartDelay) {
		Thread watcher = new Thread(() -> {
			while (!this.closing) {
				Optional<ProcessHandle> postmaster = postmaster();
				if (postmaster.isPresent()) {
					postmaster.get().onExit().join();
				}
				if (this.closing) {
					return;
				}
				log.error(
						"The embedded PostgreSQL in {} stopped under the running app; starting it again on port {} "
								+ "in {} s (requests get 503 until then)",
						this.directory, this.port, restartDelay.toSeconds());
				sleep(restartDelay);
				while (!this.closing && !restart()) {
					sleep(Duration.ofSeconds(5));
				}
			}
		}, "embedded-postgres-watch");
		watcher.setDaemon(true);
		watcher.start();
	}

	private synchronized boolean restart() {
		if (this.closing) {
			return true;
		}
		try {
			this.postgres.close();
		}
		catch (IOException | RuntimeException ex) {
			// It is dead already; closing only releases what the library holds.
		}
		try {
			OrphanPostmaster.stopIfRunning(this.directory);
			this.postgres = server(this.directory, this.port);
			log.warn("The embedded PostgreSQL is up again on 127.0.0.1:{}", this.port);
			return true;
		}
		catch (IOException | RuntimeException ex) {
			log.error("Could not start the embedded PostgreSQL again (trying again in 5 s): {}", ex.toString());
			return false;
		}
	}

	/** The running postmaster, from its pid file. */
	private Optional<ProcessHandle> postmaster() {
		try {
			List<String> lines = Files.readAllLines(this.directory.resolve("postmaster.pid"));
			return ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive);
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			// Another start in this very JVM holds the folder.
			return null;
		}
	}

	public String jdbcUrl() {
		return this.postgres.getJdbcUrl(USER, USER);
	}

	public Path directory() {
		return this.directory;
	}

	@Override
	public synchronized void close() throws IOException {
		this.closing = true;
		try {
			this.postgres.close();
		}
		finally {
			this.lock.release();
			this.lockChannel.close();
		}
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ignored) {
				// The original failure is the one worth reporting.
			}
		}
	}

}
