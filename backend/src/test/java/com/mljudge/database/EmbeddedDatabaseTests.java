package com.mljudge.database;

import java.nio.file.Files;
import java.nio.file.Path;

import com.mljudge.JudgeApplication;
import com.mljudge.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The default a newcomer gets: no database configured, so the app starts its own
 * PostgreSQL in a folder and finds its data there again after a restart.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseTests {

	private final Path dataDir = TestDatabase.temporaryFolder();

	@Test
	void bootsOnTheEmbeddedDefaultAndKeepsDataAcrossRestarts(CapturedOutput output) {
		try (ConfigurableApplicationContext first = start()) {
			assertThat(first.getBeansOfType(EmbeddedDatabase.class)).hasSize(1);
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
			// Durable, unlike the library's test-database defaults: a commit is on disk
			// before it is answered.
			assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
			assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
			assertThat(jdbc.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
			jdbc.execute("create table restart_marker (note text)");
			jdbc.update("insert into restart_marker values ('written before the restart')");
		}
		assertThat(output).contains("password: ");
		assertThat(Files.exists(this.dataDir.resolve("postgres").resolve("PG_VERSION"))).isTrue();

		try (ConfigurableApplicationContext second = start()) {
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select note from restart_marker", String.class))
				.isEqualTo("written before the restart");
			assertThat(jdbc.queryForObject("select count(*) from users where username = 'admin'", Integer.class))
				.isEqualTo(1);
		}
	}

	@Test
	void aSecondInstanceOnTheSameFolderFailsWithAClearMessage(CapturedOutput output) {
		try (ConfigurableApplicationContext first = start()) {
			assertThatThrownBy(this::start).hasRootCauseInstanceOf(EmbeddedDatabaseLockedException.class);
			assertThat(output).contains("APPLICATION FAILED TO START")
				.contains("is in use by another running instance")
				.contains("JUDGE_DATA_DIR");
			assertThat(first.getBean(JdbcTemplate.class).queryForObject("select 1", Integer.class)).isEqualTo(1);
		}
	}

	private ConfigurableApplicationContext start() {
		SpringApplication app = new SpringApplicationBuilder(JudgeApplication.class).build();
		return app.run("--judge.data.dir=" + this.dataDir, "--server.port=0", "--spring.datasource.url=",
				"--judge.admin.password=");
	}

}
