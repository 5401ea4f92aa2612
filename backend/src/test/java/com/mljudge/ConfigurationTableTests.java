package com.mljudge;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's configuration table and the {@code @ConfigurationProperties} records say
 * the same: the build's configuration processor writes every judge.* property's name,
 * default and Javadoc into META-INF/spring-configuration-metadata.json, and each README
 * row naming a JUDGE_ variable must be the row made from it (the failure prints them all,
 * ready to paste).
 */
class ConfigurationTableTests {

	private static final Path README = Path.of("..", "README.md");

	@Test
	void readmeTableHasARowForEveryJudgePropertyWithItsDefaultAndJavadoc() throws IOException {
		List<String> expected = new ArrayList<>(judgeProperties().values());
		List<String> documented = Files.readAllLines(README).stream().filter((l) -> l.startsWith("| `JUDGE_")).toList();
		assertThat(documented)
			.as("README.md's configuration table; the rows made from the records are:%n%s%n",
					String.join(System.lineSeparator(), expected))
			.isEqualTo(expected);
	}

	@Test
	void applicationPropertiesRepeatsNoDefaultOfTheRecords() throws IOException {
		Properties application = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
			application.load(in);
		}
		assertThat(application.stringPropertyNames()).as("judge.* defaults belong in the records only")
			.doesNotContainAnyElementsOf(judgeProperties().keySet());
	}

	@Test
	void everyRecordPropertyHasADescription() throws IOException {
		assertThat(judgeProperties()).isNotEmpty().allSatisfy((name, row) -> assertThat(row).doesNotEndWith("|  |"));
	}

	/** Property name to README row, by name. */
	private static TreeMap<String, String> judgeProperties() throws IOException {
		TreeMap<String, String> rows = new TreeMap<>();
		JsonMapper json = JsonMapper.builder().build();
		for (URL url : Collections.list(ConfigurationTableTests.class.getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = url.openStream()) {
				for (JsonNode property : json.readTree(in).path("properties")) {
					String name = property.path("name").asString();
					if (name.startsWith("judge.")
							&& property.path("sourceType").asString().startsWith("com.mljudge.")) {
						rows.put(name, row(name, property.path("defaultValue").asString(""),
								property.path("description").asString("")));
					}
				}
			}
		}
		return rows;
	}

	/** judge.rate-limit.per-minute is JUDGE_RATELIMIT_PERMINUTE in the environment. */
	private static String row(String name, String defaultValue, String description) {
		String variable = name.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
		String shown = defaultValue.isEmpty() ? "empty" : "`" + defaultValue + "`";
		String meaning = description.isEmpty() ? ""
				: Character.toUpperCase(description.charAt(0)) + description.substring(1);
		return "| `" + variable + "` | " + shown + " | " + meaning + " |";
	}

}
