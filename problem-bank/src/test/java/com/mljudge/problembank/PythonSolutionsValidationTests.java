package com.mljudge.problembank;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The python: section and python/ folder: our Python solution and the known-wrong ones,
 * validated like the Java wrong: list, optional per problem.
 */
class PythonSolutionsValidationTests {

	private static final String SECTION = """
			python:
			  wrong:
			    - {file: python/wrong/no_root.py, expected: WRONG_ANSWER, why: "forgets the root"}
			""";

	private static final String SOLUTION = """
			import math

			def distance(a, b):
			    return math.sqrt(sum((x - y) ** 2 for x, y in zip(a, b)))
			""";

	@TempDir
	Path bank;

	private Path folderWithPython(String section) {
		Path folder = ProblemFolder.coding(this.bank, ProblemFolder.CODING_YAML + section);
		ProblemFolder.write(folder.resolve("python/solution.py"), SOLUTION);
		ProblemFolder.write(folder.resolve("python/wrong/no_root.py"),
				"def distance(a, b):\n    return sum((x - y) ** 2 for x, y in zip(a, b))\n");
		return folder;
	}

	@Test
	void readsTheSolutionAndTheWrongOnesWithTheirVerdicts() {
		folderWithPython(SECTION);
		assertThat(ProblemBank.validate(this.bank)).isEmpty();
		PythonSolutions python = ProblemBank.loadFromDirectory(this.bank).get("dist").coding().python();
		assertThat(python.solutionSource()).isEqualTo(SOLUTION);
		assertThat(python.wrongSolutions()).singleElement().satisfies((w) -> {
			assertThat(w.file()).isEqualTo("python/wrong/no_root.py");
			assertThat(w.expected()).isEqualTo(ExpectedVerdict.WRONG_ANSWER);
			assertThat(w.why()).isEqualTo("forgets the root");
			assertThat(w.source()).startsWith("def distance(a, b):");
		});
	}

	@Test
	void pythonIsOptionalForNow() {
		ProblemFolder.coding(this.bank, ProblemFolder.CODING_YAML);
		assertThat(ProblemBank.validate(this.bank)).isEmpty();
		assertThat(ProblemBank.loadFromDirectory(this.bank).get("dist").coding().python()).isNull();
	}

	@Test
	void theSectionNeedsTheSolutionFile() {
		Path folder = folderWithPython(SECTION);
		ProblemFolder.delete(folder.resolve("python/solution.py"));
		assertThat(ProblemBank.validate(this.bank)).containsExactly("dist/python/solution.py: missing file");
	}

	@Test
	void theFolderNeedsTheSolutionFileAndEveryWrongOneListed() {
		Path folder = ProblemFolder.coding(this.bank, ProblemFolder.CODING_YAML);
		ProblemFolder.write(folder.resolve("python/wrong/no_root.py"), "def distance(a, b):\n    return 0\n");
		assertThat(ProblemBank.validate(this.bank)).containsExactlyInAnyOrder("dist/python/solution.py: missing file",
				"dist/python/wrong/no_root.py: not listed under python.wrong in problem.yaml");
	}

	@Test
	void reportsUnlistedMissingMisplacedAndTwiceListedWrongOnes() {
		Path folder = folderWithPython(SECTION + """
				    - {file: python/wrong/missing.py, expected: RUNTIME_ERROR, why: "not written yet"}
				    - {file: python/wrong/NoRoot.py, expected: WRONG_ANSWER, why: "not snake case"}
				    - {file: wrong/no_root.py, expected: WRONG_ANSWER, why: "in the Java folder"}
				    - {file: python/wrong/no_root.py, expected: WRONG_ANSWER, why: "twice"}
				""");
		ProblemFolder.write(folder.resolve("python/wrong/forgotten.py"), "def distance(a, b):\n    return 0\n");
		assertThat(ProblemBank.validate(this.bank)).containsExactlyInAnyOrder(
				"dist/python/wrong/missing.py: missing file",
				"dist/problem.yaml: python.wrong[2].file: expected python/wrong/<snake_name>.py, got "
						+ "'python/wrong/NoRoot.py'",
				"dist/problem.yaml: python.wrong[3].file: expected python/wrong/<snake_name>.py, got "
						+ "'wrong/no_root.py'",
				"dist/problem.yaml: python.wrong[4].file: 'python/wrong/no_root.py' is listed twice",
				"dist/python/wrong/forgotten.py: not listed under python.wrong in problem.yaml");
	}

	@Test
	void reportsAVerdictThatIsNotOneAndUnknownFields() {
		folderWithPython(SECTION.replace("expected: WRONG_ANSWER", "expected: ACCEPTED")
			.replace("  wrong:", "  solution: python/solution.py\n  wrong:"));
		assertThat(ProblemBank.validate(this.bank)).hasSize(2)
			.anySatisfy((e) -> assertThat(e).startsWith("dist/problem.yaml: python.solution: unknown field"))
			.anySatisfy((e) -> assertThat(e)
				.isEqualTo("dist/problem.yaml: python.wrong[0].expected: expected one of [WRONG_ANSWER, "
						+ "TIME_LIMIT_EXCEEDED, MEMORY_LIMIT_EXCEEDED, OUTPUT_LIMIT_EXCEEDED, RUNTIME_ERROR, "
						+ "COMPILE_ERROR, REJECTED], got 'ACCEPTED'"));
	}

	@Test
	void theSectionNeedsANonEmptyWrongList() {
		folderWithPython("python:\n  wrong: []\n");
		assertThat(ProblemBank.validate(this.bank)).containsExactly(
				"dist/problem.yaml: python.wrong: expected a non-empty list of known-wrong Python solutions",
				"dist/python/wrong/no_root.py: not listed under python.wrong in problem.yaml");
	}

	@Test
	void strayFilesUnderPythonAreUnexpected() {
		Path folder = folderWithPython(SECTION);
		ProblemFolder.write(folder.resolve("python/helpers.py"), "x = 1\n");
		assertThat(ProblemBank.validate(this.bank)).singleElement()
			.satisfies((e) -> assertThat(e).startsWith("dist/python/helpers.py: unexpected file"));
	}

}
