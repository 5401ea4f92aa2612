package com.mljudge.database;

import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from Maven-packaged binaries when
 * {@code spring.datasource.url} is not set, so the app runs on a machine with nothing but
 * a JDK. With an external database configured, nothing here runs.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(@Value("${judge.data.dir}") Path dataDir,
			@Value("${judge.database.port}") int port,
			@Value("${judge.database.restart-delay:PT2S}") Duration restartDelay) {
		return EmbeddedDatabase.start(dataDir.resolve("postgres"), port, restartDelay);
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedDatabase database,
			@Value("${spring.datasource.hikari.connection-timeout:5000}") Duration connectionTimeout) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setPoolName("embedded-postgres");
		dataSource.setJdbcUrl(database.jdbcUrl());
		dataSource.setUsername(EmbeddedDatabase.USER);
		dataSource.setPassword(EmbeddedDatabase.USER);
		dataSource.setMaximumPoolSize(10);
		// A request waits this long for a connection, then gets 503
		// (DatabaseUnavailable),
		// instead of Hikari's 30 s when the database is gone.
		dataSource.setConnectionTimeout(connectionTimeout.toMillis());
		return dataSource;
	}

}
