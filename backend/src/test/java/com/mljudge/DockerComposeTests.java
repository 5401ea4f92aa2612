package com.mljudge;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs on our machines, so the compose file is kept honest by reading
 * it: the services, images, health checks and the wiring between the app and its
 * database.
 */
class DockerComposeTests {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	@Test
	@SuppressWarnings("unchecked")
	void postgresIsOfficialWithNamedVolumeAndHealthCheck() throws IOException {
		Map<String, Object> compose = compose();
		Map<String, Object> postgres = service(compose, "postgres");
		assertThat((String) postgres.get("image")).matches("postgres:\\d+(-alpine)?");
		List<String> volumes = (List<String>) postgres.get("volumes");
		String volumeName = volumes.get(0).split(":")[0];
		assertThat(((Map<String, Object>) compose.get("volumes"))).containsKey(volumeName);
		Map<String, Object> health = (Map<String, Object>) postgres.get("healthcheck");
		assertThat(health.get("test").toString()).contains("pg_isready");
	}

	@Test
	@SuppressWarnings("unchecked")
	void appIsBuiltOnAJdkAndWaitsForAHealthyDatabase() throws IOException {
		Map<String, Object> compose = compose();
		Map<String, Object> app = service(compose, "app");
		Map<String, Object> build = (Map<String, Object>) app.get("build");
		Path dockerfile = ROOT.resolve((String) build.get("context")).resolve((String) build.get("dockerfile"));
		List<String> froms = Files.readAllLines(dockerfile).stream().filter((l) -> l.startsWith("FROM")).toList();
		assertThat(froms.get(froms.size() - 1)).as("the run image needs the Java compiler").contains("-jdk");

		Map<String, Object> dependsOn = (Map<String, Object>) app.get("depends_on");
		assertThat(((Map<String, Object>) dependsOn.get("postgres")).get("condition")).isEqualTo("service_healthy");
	}

	@Test
	@SuppressWarnings("unchecked")
	void appEnvironmentPointsAtTheComposeDatabase() throws IOException {
		Map<String, Object> compose = compose();
		Map<String, Object> postgresEnv = (Map<String, Object>) service(compose, "postgres").get("environment");
		Map<String, Object> appEnv = (Map<String, Object>) service(compose, "app").get("environment");
		assertThat((String) appEnv.get("SPRING_DATASOURCE_URL"))
			.isEqualTo("jdbc:postgresql://postgres:5432/" + postgresEnv.get("POSTGRES_DB"));
		assertThat(appEnv.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(postgresEnv.get("POSTGRES_USER"));
		assertThat(appEnv.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(postgresEnv.get("POSTGRES_PASSWORD"));
		assertThat(appEnv).containsKey("JUDGE_ADMIN_PASSWORD");
	}

	@Test
	@SuppressWarnings("unchecked")
	void twoInstancesOnOneDatabaseBehindAProxy() throws IOException {
		Map<String, Object> compose = compose();
		Map<String, Object> first = (Map<String, Object>) service(compose, "app").get("environment");
		Map<String, Object> second = (Map<String, Object>) service(compose, "app-2").get("environment");
		assertThat(second.get("SPRING_DATASOURCE_URL")).isEqualTo(first.get("SPRING_DATASOURCE_URL"));
		assertThat(second.get("JUDGE_INSTANCE_NAME")).isNotEqualTo(first.get("JUDGE_INSTANCE_NAME"));
		Map<String, Object> dependsOn = (Map<String, Object>) service(compose, "app-2").get("depends_on");
		assertThat(((Map<String, Object>) dependsOn.get("app")).get("condition"))
			.as("one instance migrates the database at a time")
			.isEqualTo("service_healthy");

		Map<String, Object> proxy = service(compose, "proxy");
		assertThat((List<String>) proxy.get("ports")).containsExactly("8080:80");
		String mount = ((List<String>) proxy.get("volumes")).get(0);
		String config = Files.readString(ROOT.resolve(mount.split(":")[0]));
		assertThat(config).contains("server app:8080;").contains("server app-2:8080;");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> service(Map<String, Object> compose, String name) {
		Map<String, Object> services = (Map<String, Object>) compose.get("services");
		assertThat(services).containsKey(name);
		return (Map<String, Object>) services.get(name);
	}

	private static Map<String, Object> compose() throws IOException {
		try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
			return new Yaml().load(reader);
		}
	}

}
