package com.mljudge.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The one database setup all integration tests share: a PostgreSQL container where a
 * Docker engine answers, otherwise the application's own embedded PostgreSQL in a
 * throw-away folder. Either way it is real PostgreSQL, never an imitation.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** The password the first admin gets in every test context. */
	public static final String ADMIN_PASSWORD = "Integration-admin-pw-42";

	private static PostgreSQLContainer container;

	private static Boolean dockerAvailable;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("judge.admin.password", ADMIN_PASSWORD);
		// Tests hand the boards verdicts of submissions that do not exist; the scheduled
		// reconciliation would take those entries away mid-test (BoardReconciliationTests
		// runs it itself).
		properties.put("judge.boards.reconcile-first", "PT10H");
		if (dockerAvailable()) {
			PostgreSQLContainer postgres = container();
			properties.put("spring.datasource.url", postgres.getJdbcUrl());
			properties.put("spring.datasource.username", postgres.getUsername());
			properties.put("spring.datasource.password", postgres.getPassword());
		}
		else {
			properties.put("judge.data.dir", temporaryFolder().toString());
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-database", properties));
	}

	/** Whether tests run on a container (true) or on the embedded database (false). */
	public static synchronized boolean dockerAvailable() {
		if (dockerAvailable == null) {
			try {
				dockerAvailable = DockerClientFactory.instance().isDockerAvailable();
			}
			catch (RuntimeException ex) {
				dockerAvailable = false;
			}
		}
		return dockerAvailable;
	}

	private static synchronized PostgreSQLContainer container() {
		if (container == null) {
			container = new PostgreSQLContainer("postgres:18-alpine");
			container.start();
		}
		return container;
	}

	/** A folder removed when the test JVM exits. */
	public static Path temporaryFolder() {
		try {
			Path folder = Files.createTempDirectory("judge-test-");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(folder)));
			return folder;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void deleteRecursively(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ignored) {
			// Best effort: the OS cleans temp folders eventually.
		}
	}

}
