package com.mljudge.database;

import java.util.List;

import com.mljudge.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Boot 4 silently skips Flyway without its starter and the PostgreSQL module:
 * prove it ran.
 */
@IntegrationTest
class MigrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void flywayAppliedEveryMigrationSuccessfully() {
		List<String> versions = this.jdbc.queryForList(
				"select version from flyway_schema_history where success order by installed_rank", String.class);
		assertThat(versions).startsWith("1");
		Integer failed = this.jdbc.queryForObject("select count(*) from flyway_schema_history where not success",
				Integer.class);
		assertThat(failed).isZero();
	}

	@Test
	void runsOnPostgresql() {
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
	}

	@Test
	void accountTablesExist() {
		assertThat(this.jdbc.queryForList(
				"select table_name from information_schema.tables where table_schema = 'public'", String.class))
			.contains("users", "user_roles", "api_tokens");
	}

}
