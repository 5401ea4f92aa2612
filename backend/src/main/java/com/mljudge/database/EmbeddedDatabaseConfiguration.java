package com.mljudge.database;

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
	EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) {
		return EmbeddedDatabase.start(properties.data().dir().resolve("postgres"), properties.database().port(),
				properties.database().restartDelay());
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedDatabase database,
			@Value("${spring.datasource.hikari.connection-timeout}") Duration connectionTimeout) {
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
