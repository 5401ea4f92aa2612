package com.mljudge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables belong to their module ({@code backend/TABLES.md}): a module's SQL names only
 * its own tables and those the file lists as readable by it, and every table a migration
 * creates has an owner there.
 */
class TableOwnershipTests {

	private static final Path SOURCES = Path.of("src/main/java/com/mljudge");

	/** A row of the file's table: | `name` | owner | readers, comma separated |. */
	private static final Pattern ROW = Pattern.compile("^\\|\\s*`([a-z_]+)`\\s*\\|\\s*([a-z]+)\\s*\\|([^|]*)\\|\\s*$",
			Pattern.MULTILINE);

	/** A text block or a one-line string literal. */
	private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
			Pattern.DOTALL);

	/**
	 * The tables after {@code from} (a comma list too), {@code join}, {@code into},
	 * {@code update} and {@code table}.
	 */
	private static final Pattern NAMED = Pattern.compile(
			"(?i)\\b(?:from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)(?:\\s+(?!where\\b|join\\b|on\\b|group\\b|order\\b|set\\b|using\\b|left\\b|inner\\b|cross\\b|limit\\b)[a-z_][a-z0-9_]*)?((?:\\s*,\\s*[a-z_][a-z0-9_]*(?:\\s+[a-z_][a-z0-9_]*)?)*)");

	/**
	 * A reason for allowed reads: {@code - **`table` by a, b.** text}, up to the next
	 * item or blank line; the classes that make the reads are named in backquotes.
	 */
	private static final Pattern REASON = Pattern
		.compile("(?m)^- \\*\\*`([a-z_]+)` by ([a-z, ]+)\\.\\*\\*(.*(?:\\n(?!- )(?!\\n).+)*)");

	private static final Pattern CLASS = Pattern.compile("`([A-Z][A-Za-z]+)[.`]");

	private static final Pattern CREATED = Pattern.compile("(?i)create table (?:if not exists )?([a-z_]+)");

	record Ownership(String owner, Set<String> readers) {
	}

	@Test
	void everyModulesSqlNamesOnlyItsOwnTablesAndTheOnesItMayRead() throws IOException {
		Map<String, Ownership> tables = tables();
		Set<String> trespasses = new TreeSet<>();
		try (Stream<Path> modules = Files.list(SOURCES)) {
			for (Path module : modules.filter(Files::isDirectory).toList()) {
				String name = module.getFileName().toString();
				for (Path source : javaSources(module)) {
					for (String table : namedTables(Files.readString(source))) {
						Ownership ownership = tables.get(table);
						if (ownership != null && !ownership.owner().equals(name)
								&& !ownership.readers().contains(name)) {
							trespasses.add(SOURCES.relativize(source) + " names " + table + " (owned by "
									+ ownership.owner() + ")");
						}
					}
				}
			}
		}
		assertThat(trespasses).as("read through the owner's API, or list the read in TABLES.md with its reason")
			.isEmpty();
	}

	/**
	 * An allowed read stays where its reason says it is: a new class reading another
	 * module's table has to be argued for in the file, not slip in under its module's
	 * row.
	 */
	@Test
	void everyAllowedReadIsMadeByAClassItsReasonNames() throws IOException {
		Map<String, Ownership> tables = tables();
		Map<String, Set<String>> named = reasons();
		Set<String> unnamed = new TreeSet<>();
		try (Stream<Path> modules = Files.list(SOURCES)) {
			for (Path module : modules.filter(Files::isDirectory).toList()) {
				String name = module.getFileName().toString();
				for (Path source : javaSources(module)) {
					String type = source.getFileName().toString().replace(".java", "");
					for (String table : namedTables(Files.readString(source))) {
						Ownership ownership = tables.get(table);
						if (ownership != null && ownership.readers().contains(name)
								&& !named.getOrDefault(table + " by " + name, Set.of()).contains(type)) {
							unnamed.add(SOURCES.relativize(source) + " reads " + table);
						}
					}
				}
			}
		}
		assertThat(named).containsKey("problems by leaderboards");
		assertThat(unnamed).as("name the class in the read's reason in TABLES.md").isEmpty();
	}

	@Test
	void everyTableAMigrationCreatesHasAnOwner() throws IOException {
		Set<String> created = new TreeSet<>();
		for (Resource migration : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:db/migration/*.sql")) {
			Matcher matcher = CREATED.matcher(migration.getContentAsString(StandardCharsets.UTF_8));
			while (matcher.find()) {
				created.add(matcher.group(1).toLowerCase(Locale.ROOT));
			}
		}
		assertThat(created).hasSizeGreaterThan(30);
		assertThat(tables().keySet()).containsAll(created);
	}

	@Test
	void theScanFindsTablesInTheShapesOurSqlTakes() {
		assertThat(namedTables("""
				class X { String a = \"""
				    select d.source from drafts d join users u on u.id = d.user_id
				    \"""; String b = "insert into board_totals (user_id) select u.id from users u, problems p";
				    String c = "Sent from the team"; }
				""")).containsExactlyInAnyOrder("drafts", "users", "board_totals", "problems", "the");
	}

	private static Map<String, Ownership> tables() throws IOException {
		Map<String, Ownership> tables = new HashMap<>();
		Matcher row = ROW.matcher(Files.readString(Path.of("TABLES.md")));
		while (row.find()) {
			Set<String> readers = new TreeSet<>();
			for (String reader : row.group(3).split(",")) {
				if (!reader.isBlank()) {
					readers.add(reader.strip());
				}
			}
			tables.put(row.group(1), new Ownership(row.group(2), readers));
		}
		return tables;
	}

	/** The classes each reason names, by "table by module". */
	private static Map<String, Set<String>> reasons() throws IOException {
		Map<String, Set<String>> named = new HashMap<>();
		Matcher reason = REASON.matcher(Files.readString(Path.of("TABLES.md")));
		while (reason.find()) {
			Set<String> classes = new TreeSet<>();
			Matcher type = CLASS.matcher(reason.group(3));
			while (type.find()) {
				classes.add(type.group(1));
			}
			for (String reader : reason.group(2).split(",")) {
				named.put(reason.group(1) + " by " + reader.strip(), classes);
			}
		}
		return named;
	}

	private static List<Path> javaSources(Path module) throws IOException {
		try (Stream<Path> files = Files.walk(module)) {
			return files.filter((f) -> f.toString().endsWith(".java")).toList();
		}
	}

	static Set<String> namedTables(String source) {
		Set<String> named = new TreeSet<>();
		Matcher literal = LITERAL.matcher(source);
		while (literal.find()) {
			String text = (literal.group(1) != null) ? literal.group(1) : literal.group(2);
			Matcher sql = NAMED.matcher(text);
			while (sql.find()) {
				named.add(sql.group(1).toLowerCase(Locale.ROOT));
				for (String more : sql.group(2).split(",")) {
					if (!more.isBlank()) {
						named.add(more.strip().split("\\s+")[0].toLowerCase(Locale.ROOT));
					}
				}
			}
		}
		return named;
	}

}
