package com.mljudge.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server whose files live in a folder that survives restarts. The folder is
 * guarded by an exclusive file lock held for the server's lifetime, so a second instance
 * fails fast with a clear message instead of corrupting the data or failing deep inside
 * PostgreSQL.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	static final String USER = "postgres";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private final Path directory;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private final EmbeddedPostgres postgres;

	private EmbeddedDatabase(Path directory, FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
		this.directory = directory;
		this.lockChannel = lockChannel;
		this.lock = lock;
		this.postgres = postgres;
	}

	static EmbeddedDatabase start(Path directory, int port) {
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
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(absolute)
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
			EmbeddedPostgres postgres = builder.start();
			log.info("Embedded PostgreSQL is listening on 127.0.0.1:{}", postgres.getPort());
			return new EmbeddedDatabase(absolute, channel, lock, postgres);
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
	public void close() throws IOException {
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
