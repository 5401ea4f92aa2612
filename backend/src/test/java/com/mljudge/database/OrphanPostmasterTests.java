package com.mljudge.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import com.mljudge.support.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After {@code kill -9} of the app its PostgreSQL lives on, holding the data folder's
 * {@code postmaster.pid}; the next start stops that orphan and comes up on its own, with
 * what was committed.
 */
class OrphanPostmasterTests {

	@Test
	void startsAgainOverThePostgresAKilledAppLeftRunning() throws Exception {
		Path folder = TestDatabase.temporaryFolder().resolve("postgres");
		// An app in its own JVM starts PostgreSQL on the folder, commits, and is killed.
		Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), KilledApp.class.getName(), folder.toString())
			.redirectErrorStream(true)
			.start();
		BufferedReader output = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
		String line;
		StringBuilder seen = new StringBuilder();
		while ((line = output.readLine()) != null && !line.equals(KilledApp.READY)) {
			seen.append(line).append('\n');
		}
		assertThat(line).as(seen.toString()).isEqualTo(KilledApp.READY);
		app.destroyForcibly().waitFor();
		long orphanPid = Long.parseLong(Files.readAllLines(folder.resolve("postmaster.pid")).get(0).strip());
		assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

		try (EmbeddedDatabase restarted = EmbeddedDatabase.start(folder, 0)) {
			assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			try (Connection connection = DriverManager.getConnection(restarted.jdbcUrl(), EmbeddedDatabase.USER,
					EmbeddedDatabase.USER);
					Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("select note from acknowledged")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("committed before the kill");
			}
		}
		finally {
			ProcessHandle.of(orphanPid).ifPresent(ProcessHandle::destroyForcibly);
		}
	}

	/** The app about to be killed: its database up, one commit acknowledged. */
	static final class KilledApp {

		static final String READY = "committed, kill me";

		public static void main(String[] args) throws Exception {
			EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), 0);
			try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER,
					EmbeddedDatabase.USER); Statement statement = connection.createStatement()) {
				statement.execute("create table acknowledged (note text)");
				statement.execute("insert into acknowledged values ('committed before the kill')");
			}
			System.out.println(READY);
			System.out.flush();
			Thread.sleep(600_000);
		}

	}

}
