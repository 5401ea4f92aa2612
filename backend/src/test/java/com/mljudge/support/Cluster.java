package com.mljudge.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mljudge.JudgeApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several instances of the whole application, each with its own web server on a random
 * port, on one PostgreSQL of their own: what a deployment behind a load balancer is, in
 * one test JVM. Instances share nothing but the database, exactly as separate processes
 * would (each has its own beans, caches, workers and listening connection).
 * <p>
 * The database is a throw-away embedded PostgreSQL (the real server binaries), apart from
 * the one the other integration tests share, so a test here may count rows.
 */
public final class Cluster implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private final List<Instance> instances = new ArrayList<>();

	private final Map<String, Object> shared;

	private Cluster(EmbeddedPostgres postgres, Map<String, Object> shared) {
		this.postgres = postgres;
		this.shared = shared;
	}

	/**
	 * Starts a database and one instance per entry of {@code perInstance}, one after the
	 * other (the first migrates the database), each with {@code shared} and its own
	 * properties.
	 */
	@SafeVarargs
	public static Cluster start(Map<String, Object> shared, Map<String, Object>... perInstance) {
		EmbeddedPostgres postgres;
		try {
			postgres = EmbeddedPostgres.builder().start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Cluster cluster = new Cluster(postgres, shared);
		try {
			for (Map<String, Object> own : perInstance) {
				cluster.add(own);
			}
			return cluster;
		}
		catch (RuntimeException | Error ex) {
			cluster.close();
			throw ex;
		}
	}

	/**
	 * Starts one more instance on the same database, with the properties all share and
	 * its own.
	 */
	public Instance add(Map<String, Object> own) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("server.port", 0);
		properties.put("spring.datasource.url", this.postgres.getJdbcUrl("postgres", "postgres"));
		properties.put("spring.datasource.username", "postgres");
		properties.put("spring.datasource.password", "postgres");
		properties.put("judge.admin.password", TestDatabase.ADMIN_PASSWORD);
		properties.put("spring.main.banner-mode", "off");
		properties.putAll(this.shared);
		properties.putAll(own);
		// As command-line arguments: they win over application.properties, as the
		// environment does for a real deployment.
		String[] arguments = properties.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(JudgeApplication.class,
				JudgedEvents.class)
			.run(arguments);
		Instance instance = new Instance(this.instances.size(), context);
		this.instances.add(instance);
		return instance;
	}

	public Instance instance(int index) {
		return this.instances.get(index);
	}

	/** The database as seen from outside every instance. */
	public JdbcTemplate jdbc() {
		return new JdbcTemplate(this.postgres.getPostgresDatabase());
	}

	@Override
	public void close() {
		for (Instance instance : this.instances) {
			instance.stop();
		}
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One running application. */
	public static final class Instance {

		private final int index;

		private final ConfigurableApplicationContext context;

		private final int port;

		Instance(int index, ConfigurableApplicationContext context) {
			this.index = index;
			this.context = context;
			this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
		}

		public int index() {
			return this.index;
		}

		public int port() {
			return this.port;
		}

		public <T> T bean(Class<T> type) {
			return this.context.getBean(type);
		}

		public JudgedEvents judged() {
			return bean(JudgedEvents.class);
		}

		/** A browser of its own, talking to this instance. */
		public SiteClient client() {
			return new SiteClient(this.port);
		}

		/**
		 * The same browser as {@code cookies}' other clients, sent to this instance (a
		 * load balancer without sticky sessions).
		 */
		public SiteClient client(CookieManager cookies) {
			return new SiteClient(this.port, cookies);
		}

		public boolean running() {
			return this.context.isActive();
		}

		/** Shuts this instance down as an orderly stop would; the others go on. */
		public void stop() {
			if (this.context.isActive()) {
				this.context.close();
			}
		}

	}

}
