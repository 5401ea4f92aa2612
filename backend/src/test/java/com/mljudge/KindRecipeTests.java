package com.mljudge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.mljudge.problembank.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recipe for a new kind in {@code CONTRIBUTING.md} names every file that lists the
 * kinds one by one (a switch over {@link Kind}, a form field per kind, a check constraint
 * with every spelling): such a file is where a new kind must be added, and a recipe that
 * misses one goes stale without anyone noticing.
 */
class KindRecipeTests {

	private static final Path ROOT = Path.of("..");

	private static final List<Path> SOURCES = List.of(Path.of("backend/src/main"), Path.of("problem-bank/src/main"),
			Path.of("frontend/src/main/resources"), Path.of("db/src/main/resources"));

	private static final Set<String> SCANNED = Set.of(".java", ".js", ".html", ".sql", ".properties");

	private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*|--[^\\n]*|<!--.*?-->",
			Pattern.DOTALL);

	@Test
	void theNewKindRecipeNamesEveryFileThatListsTheKinds() throws IOException {
		String recipe = recipe();
		Set<String> listing = listingFiles();
		assertThat(listing).as("the scan finds the lists it should")
			.contains("Kind.java", "Question.java", "Rubric.java", "list.html");
		assertThat(listing.stream().filter((file) -> !recipe.contains(file)))
			.as("files that list every kind (or every kind answered in words) but are not in the recipe")
			.isEmpty();
	}

	@Test
	void aFileCountsAsAListWhenItNamesEveryKindOutsideComments() {
		assertThat(listsKinds("switch (kind) { case CODING -> 1; case CONCEPTUAL -> 2; case CASE_STUDY -> 3; "
				+ "case SYSTEM_DESIGN -> 4; }"))
			.isTrue();
		assertThat(listsKinds(
				"<input id=\"solo-conceptual\"><input id=\"solo-case-study\">" + "<input id=\"solo-system-design\">"))
			.isTrue();
		assertThat(listsKinds("// coding, conceptual, case-study or system-design\nKind.values()")).isFalse();
		assertThat(listsKinds("a coding problem or a conceptual question")).isFalse();
	}

	/** File names (migrations) or paths the recipe's section mentions. */
	private static String recipe() throws IOException {
		String contributing = Files.readString(ROOT.resolve("CONTRIBUTING.md"));
		int start = contributing.indexOf("## Recipe: a new kind of problem");
		assertThat(start).as("the recipe's heading").isNotNegative();
		int end = contributing.indexOf("\n## ", start + 1);
		return contributing.substring(start, (end < 0) ? contributing.length() : end);
	}

	private static Set<String> listingFiles() throws IOException {
		Set<String> listing = new TreeSet<>();
		for (Path source : SOURCES) {
			try (Stream<Path> files = Files.walk(ROOT.resolve(source))) {
				for (Path file : files.filter(KindRecipeTests::scanned).toList()) {
					if (listsKinds(Files.readString(file))) {
						listing.add(file.getFileName().toString());
					}
				}
			}
		}
		return listing;
	}

	private static boolean scanned(Path file) {
		String name = file.getFileName().toString();
		return Files.isRegularFile(file) && !file.toString().contains("webjars")
				&& SCANNED.stream().anyMatch(name::endsWith);
	}

	/**
	 * Names every kind, or every kind answered in words, as a constant or as spelt in
	 * files.
	 */
	static boolean listsKinds(String text) {
		String code = COMMENT.matcher(text).replaceAll(" ");
		Set<Kind> named = Arrays.stream(Kind.values())
			.filter((kind) -> Pattern.compile("\\b" + kind.name() + "\\b").matcher(code).find()
					|| Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(kind.yamlName()) + "(?![A-Za-z0-9_])")
						.matcher(code)
						.find())
			.collect(Collectors.toSet());
		Set<Kind> answered = Arrays.stream(Kind.values())
			.filter((kind) -> kind.part() == Kind.Part.ANSWER)
			.collect(Collectors.toSet());
		return named.size() == Kind.values().length || named.containsAll(answered);
	}

}
