package com.mljudge.problembank;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Broken folders must be reported with the file and the field, and every error at once.
 */
class ProblemValidationTests {

	@TempDir
	Path bank;

	@Test
	void acceptsTheValidFixtures() {
		ProblemFolder.coding(this.bank, ProblemFolder.CODING_YAML);
		ProblemFolder.conceptual(this.bank, ProblemFolder.CONCEPTUAL_YAML);
		assertThat(ProblemBank.validate(this.bank)).isEmpty();
		ProblemBank loaded = ProblemBank.loadFromDirectory(this.bank);
		assertThat(loaded.problems()).extracting(Problem::slug).containsExactly("bias", "dist");
		assertThat(loaded.get("bias").conceptual().quiz()).hasSize(2);
		assertThat(loaded.get("dist").coding().tests()).hasSize(9);
	}

	@Test
	void namesFileFieldAndSignatureWhenArgumentCountIsWrong() {
		ProblemFolder.coding(this.bank,
				ProblemFolder.CODING_YAML.replace("{name: h3, args: [[1], [4]]}", "{name: h3, args: [[1]]}"));
		assertThat(ProblemBank.validate(this.bank)).containsExactly(
				"dist/problem.yaml: tests[3].args: expected 2 values for distance(double[], double[]), got 1");
	}

	@Test
	void namesTheElementWhoseTypeIsWrong() {
		ProblemFolder.coding(this.bank, ProblemFolder.CODING_YAML.replace("{name: h2, args: [[1], [3]]}",
				"{name: h2, args: [[1, \"x\"], [3, 4]]}"));
		assertThat(ProblemBank.validate(this.bank))
			.containsExactly("dist/problem.yaml: tests[2].args[0]: (a) [1]: expected a number (double), got \"x\"");
	}

	@Test
	void rejectsUnknownFieldsSoTyposDoNotPassSilently() {
		ProblemFolder.coding(this.bank, ProblemFolder.CODING_YAML.replace("title:", "titel: x\ntitle:")
			.replace("{name: h1, args", "{name: h1, smaple: true, args"));
		assertThat(ProblemBank.validate(this.bank)).hasSize(2)
			.anySatisfy((e) -> assertThat(e).startsWith("dist/problem.yaml: titel: unknown field"))
			.anySatisfy((e) -> assertThat(e).startsWith("dist/problem.yaml: tests[1].smaple: unknown field"));
	}

	@Test
	void collectsEveryErrorInsteadOfStoppingAtTheFirst() throws IOException {
		ProblemFolder.coding(this.bank,
				ProblemFolder.CODING_YAML.replace("slug: dist", "slug: distance")
					.replace("difficulty: easy", "difficulty: trivial")
					.replace("expected: WRONG_ANSWER", "expected: WRONG"));
		Files.delete(this.bank.resolve("dist/reference/Solution.java"));
		assertThat(ProblemBank.validate(this.bank)).containsExactlyInAnyOrder(
				"dist/problem.yaml: slug: 'distance' must equal the folder name 'dist'",
				"dist/problem.yaml: difficulty: expected easy | medium | hard, got 'trivial'",
				"dist/reference/Solution.java: missing file",
				"dist/problem.yaml: wrong[0].expected: expected one of [WRONG_ANSWER, TIME_LIMIT_EXCEEDED, "
						+ "MEMORY_LIMIT_EXCEEDED, OUTPUT_LIMIT_EXCEEDED, RUNTIME_ERROR, COMPILE_ERROR, REJECTED], got 'WRONG'");
	}

	@Test
	void reportsUnknownGeneratorsAndParameters() {
		ProblemFolder.coding(this.bank, ProblemFolder.CODING_YAML.replace("params: {d: 10}", "params: {d: 10, dims: 3}")
			.replace("  - {name: h7", "  - {name: g2, generator: {name: blobz, seed: 1}}\n  - {name: h7"));
		assertThat(ProblemBank.validate(this.bank)).hasSize(2)
			.anySatisfy((e) -> assertThat(e)
				.startsWith("dist/problem.yaml: tests[7].generator.name: unknown generator 'blobz'"))
			.anySatisfy((e) -> assertThat(e).isEqualTo(
					"dist/problem.yaml: tests[9].generator.params: unknown parameters [dims] for generator 'vector-pair'"));
	}

	@Test
	void reportsAGeneratorThatDoesNotFitTheSignature() {
		ProblemFolder.coding(this.bank, ProblemFolder.CODING_YAML.replace("name: vector-pair", "name: kmeans-blobs")
			.replace("params: {d: 10}", "params: {n: 10}"));
		assertThat(ProblemBank.validate(this.bank)).containsExactly(
				"dist/problem.yaml: tests[8].generator.name: generator 'kmeans-blobs' does not make arguments for distance(double[], double[])");
	}

	@Test
	void requiresEnoughHiddenTestsAndASample() {
		String yaml = ProblemFolder.CODING_YAML.replace("  - {name: h6, args: [[1], [7]]}\n", "")
			.replace("sample: true, ", "");
		ProblemFolder.coding(this.bank, yaml);
		assertThat(ProblemBank.validate(this.bank))
			.containsExactlyInAnyOrder("dist/problem.yaml: tests: needs at least one sample test (sample: true)");
	}

	@Test
	void reportsUnlistedWrongSolutionsAndStrayFiles() {
		Path folder = ProblemFolder.coding(this.bank, ProblemFolder.CODING_YAML);
		ProblemFolder.write(folder.resolve("wrong/Forgotten.java"), "class Solution {}");
		ProblemFolder.write(folder.resolve("statment.md"), "typo");
		assertThat(ProblemBank.validate(this.bank)).hasSize(2)
			.anySatisfy((e) -> assertThat(e).startsWith("dist/wrong/Forgotten.java: unexpected file"))
			.anySatisfy((e) -> assertThat(e).startsWith("dist/statment.md: unexpected file"));
	}

	@Test
	void readsAcceptedSolutionsWithTheirReasons() {
		ProblemFolder.coding(this.bank, ProblemFolder.CODING_YAML);
		CodingPart coding = ProblemBank.loadFromDirectory(this.bank).get("dist").coding();
		assertThat(coding.acceptedSolutions()).singleElement().satisfies((a) -> {
			assertThat(a.file()).isEqualTo("accepted/Streams.java");
			assertThat(a.why()).isEqualTo("zips the arrays with an IntStream");
			assertThat(a.source()).contains("class Solution");
		});
	}

	@Test
	void requiresAnAcceptedSolutionForEveryCodingProblem() {
		Path folder = ProblemFolder.coding(this.bank, ProblemFolder.CODING_YAML.replaceAll("(?s)accepted:.*", ""));
		ProblemFolder.delete(folder.resolve("accepted/Streams.java"));
		assertThat(ProblemBank.validate(this.bank)).containsExactly("dist/problem.yaml: accepted: is required");
		ProblemFolder.coding(this.bank, ProblemFolder.CODING_YAML.replaceAll("(?s)accepted:.*", "accepted: []\n"));
		assertThat(ProblemBank.validate(this.bank)).containsExactlyInAnyOrder(
				"dist/problem.yaml: accepted: expected a non-empty list of slow but acceptable solutions",
				"dist/accepted/Streams.java: unexpected file (not part of the format, or a solution not listed under "
						+ "wrong: or accepted:)");
	}

	@Test
	void reportsUnlistedMisplacedAndMissingAcceptedSolutions() {
		Path folder = ProblemFolder.coding(this.bank, ProblemFolder.CODING_YAML + """
				  - {file: accepted/Missing.java, why: "not written yet"}
				  - {file: wrong/NoRoot.java, why: "in the wrong folder"}
				  - {file: accepted/Streams.java, why: "twice"}
				""");
		ProblemFolder.write(folder.resolve("accepted/Forgotten.java"), "class Solution {}");
		assertThat(ProblemBank.validate(this.bank)).containsExactlyInAnyOrder(
				"dist/accepted/Missing.java: missing file",
				"dist/problem.yaml: accepted[2].file: expected accepted/<Name>.java, got 'wrong/NoRoot.java'",
				"dist/problem.yaml: accepted[3].file: 'accepted/Streams.java' is listed twice",
				"dist/accepted/Forgotten.java: unexpected file (not part of the format, or a solution not listed under "
						+ "wrong: or accepted:)");
	}

	@Test
	void reportsABadSignatureAndACheckerThatCannotFitIt() {
		ProblemFolder.coding(this.bank, ProblemFolder.CODING_YAML.replace("double distance(double[] a, double[] b)",
				"double distance(float[] a, double[] b)"));
		assertThat(ProblemBank.validate(this.bank)).singleElement()
			.satisfies((e) -> assertThat(e)
				.startsWith("dist/problem.yaml: entry.signature: parameter 'a' has unsupported type 'float[]'"));
		ProblemFolder.coding(this.bank, ProblemFolder.CODING_YAML.replace("type: tolerance", "type: permutation")
			.replace("  atol: 1.0e-9\n", ""));
		assertThat(ProblemBank.validate(this.bank))
			.containsExactly("dist/problem.yaml: checker.type: permutation needs a return type of int[], got double");
	}

	@Test
	void reportsInvalidYamlWithItsLine() {
		ProblemFolder.coding(this.bank, "slug: dist\nkind: coding\n  title: [unclosed\n");
		assertThat(ProblemBank.validate(this.bank)).singleElement()
			.satisfies((e) -> assertThat(e).startsWith("dist/problem.yaml: not valid YAML").contains("line"));
	}

	@Test
	void checksConceptualItemsQuizAndRelatedSlugs() {
		ProblemFolder.conceptual(this.bank, ProblemFolder.CONCEPTUAL_YAML.replace("answer: 1", "answer: 2")
			.replace("keyPoints: [\"one\", \"two\", \"three\"]", "keyPoints: [\"one\"]"));
		assertThat(ProblemBank.validate(this.bank)).containsExactlyInAnyOrder(
				"bias/problem.yaml: keyPoints: expected 3 to 7 items, got 1",
				"bias/problem.yaml: quiz[0].answer: index 2 is past the last option (1)",
				"bias/problem.yaml: related[0]: no problem folder named 'dist'");
	}

	@Test
	void acceptsCaseStudyAndSystemDesignKindsWithTheConceptualFields() {
		ProblemFolder.coding(this.bank, ProblemFolder.CODING_YAML);
		ProblemFolder.conceptual(this.bank,
				ProblemFolder.CONCEPTUAL_YAML.replace("kind: conceptual", "kind: system-design"));
		Problem item = ProblemBank.loadFromDirectory(this.bank).get("bias");
		assertThat(item.kind()).isEqualTo(Kind.SYSTEM_DESIGN);
		assertThat(item.coding()).isNull();
		assertThat(item.conceptual().keyPoints()).containsExactly("one", "two", "three");
		assertThat(item.conceptual().quiz().get(1)).isEqualTo(new QuizItem.Number("How much?", 0.5, 0.01, "because"));
	}

	@Test
	void rejectsCodingFieldsOnAConceptualItem() {
		ProblemFolder.coding(this.bank, ProblemFolder.CODING_YAML);
		ProblemFolder.conceptual(this.bank, ProblemFolder.CONCEPTUAL_YAML + "tests: []\n");
		assertThat(ProblemBank.validate(this.bank)).singleElement()
			.satisfies((e) -> assertThat(e).startsWith("bias/problem.yaml: tests: unknown field"));
	}

	@Test
	void loadThrowsWithEveryErrorInTheMessage() {
		ProblemFolder.coding(this.bank, ProblemFolder.CODING_YAML.replace("kind: coding", "kind: quiz"));
		assertThatThrownBy(() -> ProblemBank.loadFromDirectory(this.bank))
			.isInstanceOf(InvalidProblemBankException.class)
			.hasMessageContaining(
					"dist/problem.yaml: kind: expected coding | conceptual | case-study | system-design, got 'quiz'")
			.satisfies((ex) -> assertThat(((InvalidProblemBankException) ex).errors()).hasSize(1));
	}

	@Test
	void loadsTheBankFromInsideAJar(@TempDir Path jarFolder) throws IOException {
		ProblemFolder.coding(this.bank, ProblemFolder.CODING_YAML);
		Path jar = jarFolder.resolve("bank.jar");
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
				Stream<Path> files = Files.walk(this.bank)) {
			// Like Maven's jar plugin, write directory entries too: class loaders find
			// folders through them.
			for (Path file : files.sorted().toList()) {
				String name = ("problems/" + this.bank.relativize(file).toString().replace('\\', '/')).replaceAll("/$",
						"");
				out.putNextEntry(new JarEntry(Files.isDirectory(file) ? name + "/" : name));
				if (Files.isRegularFile(file)) {
					out.write(Files.readAllBytes(file));
				}
				out.closeEntry();
			}
		}
		try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, null)) {
			BankFiles files = BankFiles.fromClasspath(loader);
			assertThat(files.files()).containsKeys("dist/problem.yaml", "dist/wrong/NoRoot.java");
			Errors errors = new Errors();
			Problem problem = new ProblemReader("dist", files.byFolder().get("dist"), errors, Set.of("dist")).read();
			assertThat(errors.messages()).isEmpty();
			assertThat(problem.coding().signature().methodName()).isEqualTo("distance");
		}
	}

	@Test
	void acceptsExponentNumbersAndNullTruthAsInTheDraft() {
		ProblemFolder.coding(this.bank,
				ProblemFolder.CODING_YAML.replace("atol: 1.0e-9", "atol: 1e-6\n  rtol: 1e-6")
					.replace("{name: h1, args: [[1], [2]]}",
							"{name: h1, weight: 3, truth: null, args: [[1e-3], [\"-Infinity\"]]}"));
		assertThat(ProblemBank.validate(this.bank)).isEmpty();
		CodingPart coding = ProblemBank.loadFromDirectory(this.bank).get("dist").coding();
		assertThat(coding.checker().params()).containsEntry("atol", 1e-6).containsEntry("rtol", 1e-6);
		assertThat((double[]) coding.tests().get(1).args()[1]).containsExactly(Double.NEGATIVE_INFINITY);
		assertThat(coding.tests().get(1).weight()).isEqualTo(3);
	}

	@Test
	void generatesSingleArgumentsInPlaceOfLiterals() {
		ProblemFolder.coding(this.bank, ProblemFolder.CODING_YAML.replace(
				"generator: {name: vector-pair, seed: 1, params: {d: 10}}",
				"args: [{gen: random-doubles, seed: 3, n: 5, min: -1.0, max: 1.0, nanRate: 0.5}, [1, 2, 3, 4, 5]]"));
		assertThat(ProblemBank.validate(this.bank)).isEmpty();
		TestSpec big = ProblemBank.loadFromDirectory(this.bank).get("dist").coding().tests().get(8);
		assertThat(big.generated()).isTrue();
		assertThat(big.generators()).singleElement().satisfies((g) -> assertThat(g.argument()).isZero());
		java.util.Random random = new java.util.Random(3);
		double[] expected = new double[5];
		for (int i = 0; i < 5; i++) {
			double value = -1 + 2 * random.nextDouble();
			expected[i] = (random.nextDouble() < 0.5) ? Double.NaN : value;
		}
		assertThat((double[]) big.args()[0]).containsExactly(expected);
		assertThat((double[]) big.args()[1]).containsExactly(1, 2, 3, 4, 5);
	}

	@Test
	void generatesStringArguments() {
		String strings = ProblemFolder.CODING_YAML
			.replace("double distance(double[] a, double[] b)", "double distance(String a, String[][] b)")
			.replaceAll("\\[\\[(\\d)\\], \\[(\\d)\\]\\]", "[\"$1\", [[\"$2\"]]]")
			.replace("args: [[0, 0], [3, 4]]", "args: [\"ab\", [[\"c\"]]]")
			.replace("generator: {name: vector-pair, seed: 1, params: {d: 10}}",
					"args: [{gen: repeated-string, seed: 0, unit: ab, times: 3, suffix: c}, "
							+ "{gen: random-string-matrix, seed: 5, rows: 2, cols: 3, minLen: 1, maxLen: 2, alphabet: xy}]");
		ProblemFolder.coding(this.bank, strings);
		assertThat(ProblemBank.validate(this.bank)).isEmpty();
		Object[] args = ProblemBank.loadFromDirectory(this.bank).get("dist").coding().tests().get(8).args();
		assertThat(args[0]).isEqualTo("abababc");
		assertThat((String[][]) args[1]).hasDimensions(2, 3);
		assertThat(java.util.Arrays.stream((String[][]) args[1]).flatMap(java.util.Arrays::stream))
			.allMatch((s) -> s.matches("[xy]{1,2}"));
	}

	@Test
	void reportsArgumentGeneratorsThatAreUnknownMisspeltOrOfTheWrongType() {
		ProblemFolder.coding(this.bank, ProblemFolder.CODING_YAML
			.replace("{name: h1, args: [[1], [2]]}", "{name: h1, args: [{gen: random-double}, [2]]}")
			.replace("{name: h2, args: [[1], [3]]}",
					"{name: h2, args: [{gen: random-doubles, seed: 1, n: 2, min: 0, max: 1, nanrate: 0.1}, [3]]}")
			.replace("{name: h3, args: [[1], [4]]}",
					"{name: h3, args: [{gen: random-ints, seed: 1, n: 2, min: 0, max: 1}, [4]]}")
			.replace("{name: h4, args: [[1], [5]]}", "{name: h4, args: [{gen: random-doubles, seed: 1, n: 2}, [5]]}"));
		assertThat(ProblemBank.validate(this.bank)).hasSize(4)
			.anySatisfy((e) -> assertThat(e)
				.startsWith("dist/problem.yaml: tests[1].args[0]: (a) gen: unknown argument generator 'random-double'"))
			.anySatisfy((e) -> assertThat(e).isEqualTo(
					"dist/problem.yaml: tests[2].args[0]: (a) unknown parameters [nanrate] for argument generator 'random-doubles'"))
			.anySatisfy((e) -> assertThat(e).isEqualTo(
					"dist/problem.yaml: tests[3].args[0]: (a) argument generator 'random-ints' makes int[], not double[]"))
			.anySatisfy((e) -> assertThat(e).isEqualTo("dist/problem.yaml: tests[4].args[0]: (a) min: is required"));
	}

	@Test
	void readsBareYamlNanAndInfinityInFlowLists() {
		ProblemFolder.coding(this.bank, ProblemFolder.CODING_YAML.replace("{name: h1, args: [[1], [2]]}",
				"{name: h1, args: [[1, .nan, -.inf], [.inf, .NaN, 2]]}"));
		assertThat(ProblemBank.validate(this.bank)).isEmpty();
		Object[] args = ProblemBank.loadFromDirectory(this.bank).get("dist").coding().tests().get(1).args();
		assertThat((double[]) args[0]).containsExactly(1, Double.NaN, Double.NEGATIVE_INFINITY);
		assertThat((double[]) args[1]).containsExactly(Double.POSITIVE_INFINITY, Double.NaN, 2);
	}

	@Test
	void aSignatureOfScalarsNeedsNoGeneratedTest() {
		String scalars = ProblemFolder.CODING_YAML
			.replace("double distance(double[] a, double[] b)", "double distance(int a, int b)")
			.replaceAll("\\[\\[(\\d)\\], \\[(\\d)\\]\\]", "[$1, $2]")
			.replace("args: [[0, 0], [3, 4]]", "args: [0, 3]")
			.replace("generator: {name: vector-pair, seed: 1, params: {d: 10}}", "args: [1000000, 2000000]");
		ProblemFolder.coding(this.bank, scalars);
		assertThat(ProblemBank.validate(this.bank)).isEmpty();
		ProblemFolder.coding(this.bank, ProblemFolder.CODING_YAML
			.replace("generator: {name: vector-pair, seed: 1, params: {d: 10}}", "args: [[1], [9]]"));
		assertThat(ProblemBank.validate(this.bank)).singleElement()
			.satisfies((e) -> assertThat(e)
				.startsWith("dist/problem.yaml: tests: needs at least one large generated test"));
	}

	@Test
	void checksTopicTagsAndAnswerLengthByKind() {
		ProblemFolder.coding(this.bank, ProblemFolder.CODING_YAML);
		Path item = ProblemFolder.conceptual(this.bank, ProblemFolder.CONCEPTUAL_YAML
			.replace("topics: [generalization]", "topics: [generalization, Model Evaluation, generalization]"));
		ProblemFolder.write(item.resolve("answer.md"), ProblemFolder.answerOfWords(450));
		assertThat(ProblemBank.validate(this.bank)).containsExactlyInAnyOrder(
				"bias/problem.yaml: topics[1]: a tag is lower-case words joined by '-', got 'Model Evaluation'",
				"bias/problem.yaml: topics[2]: 'generalization' is listed twice",
				"bias/answer.md: expected 150 to 400 words for a conceptual answer, got 450");
		ProblemFolder.conceptual(this.bank,
				ProblemFolder.CONCEPTUAL_YAML.replace("kind: conceptual", "kind: system-design"));
		ProblemFolder.write(item.resolve("answer.md"), ProblemFolder.answerOfWords(550));
		assertThat(ProblemBank.validate(this.bank)).isEmpty();
		ProblemFolder.write(item.resolve("answer.md"), ProblemFolder.answerOfWords(40));
		assertThat(ProblemBank.validate(this.bank))
			.containsExactly("bias/answer.md: expected 150 to 600 words for a system-design answer, got 40");
	}

	@Test
	void keepsUntouchedFilesOutOfOtherFolders() {
		ProblemFolder.coding(this.bank, ProblemFolder.CODING_YAML);
		ProblemFolder.write(this.bank.resolve("README.md"), "top-level notes are not problems");
		List<String> errors = ProblemBank.validate(this.bank);
		assertThat(errors).isEmpty();
	}

}
