package com.mljudge.problembank;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemBankTests {

	private static final Path SOURCE_BANK = Path.of("problems");

	/** Loading generates every large test; do it once for the tests that only read. */
	private static final ProblemBank BANK = ProblemBank.loadFromClasspath();

	@Test
	void wholeBankValidatesWithoutErrors() {
		assertThat(ProblemBank.validate(SOURCE_BANK)).isEmpty();
	}

	/**
	 * Python is optional in the format (an author's new problem may come without it), not
	 * in our bank: every coding problem can be solved in Python, and the Python
	 * self-check (python module, PythonBankSelfCheckTests) judges each solution.
	 */
	@Test
	void everyCodingProblemOfOurBankHasAPythonSolutionAndAWrongOne() {
		assertThat(BANK.codingProblems()).isNotEmpty()
			.filteredOn((p) -> p.coding().python() == null || p.coding().python().wrongSolutions().isEmpty())
			.extracting(Problem::slug)
			.as("coding problems without python/solution.py and a wrong one in the python: section")
			.isEmpty();
	}

	@Test
	void classpathBankHasTheSameProblemsAsTheSourceFolder() {
		ProblemBank fromClasspath = BANK;
		ProblemBank fromFolder = ProblemBank.loadFromDirectory(SOURCE_BANK);
		assertThat(fromClasspath.problems()).extracting(Problem::slug)
			.containsExactlyElementsOf(fromFolder.problems().stream().map(Problem::slug).toList());
	}

	@Test
	void fixedEntryPointsAreExactlyAsPromised() {
		ProblemBank bank = BANK;
		assertThat(signature(bank, "kmeans"))
			.isEqualTo("int[] cluster(double[][] points, int k, double[][] initialCentroids)");
		assertThat(signature(bank, "knn-classifier"))
			.isEqualTo("int[] predict(double[][] trainX, int[] trainY, double[][] testX, int k)");
		assertThat(signature(bank, "euclidean-distance")).isEqualTo("double distance(double[] a, double[] b)");
		assertThat(signature(bank, "min-max-scaling")).isEqualTo("double[] scale(double[] data)");
		assertThat(signature(bank, "linear-regression")).isEqualTo("double[] fit(double[][] X, double[] y)");
		assertThat(signature(bank, "word-ladder"))
			.isEqualTo("int shortestTransformation(String beginWord, String endWord, String[] wordList)");
		assertThat(bank.codingProblems()).allSatisfy((p) -> assertThat(p.coding().entryClass()).isEqualTo("Solution"));
	}

	@Test
	void generatedTestsAreTheSameOnEveryLoad() {
		List<TestSpec> first = ProblemBank.loadFromDirectory(SOURCE_BANK).get("kmeans").coding().tests();
		List<TestSpec> second = ProblemBank.loadFromDirectory(SOURCE_BANK).get("kmeans").coding().tests();
		assertThat(first).hasSameSizeAs(second);
		for (int i = 0; i < first.size(); i++) {
			assertThat(Arrays.deepEquals(first.get(i).args(), second.get(i).args())).as(first.get(i).name()).isTrue();
		}
		assertThat(first.stream().filter(TestSpec::generated)).isNotEmpty();
	}

	@Test
	void literalArgumentsAreConvertedToTheSignatureTypes() {
		TestSpec sample = BANK.get("kmeans").coding().tests().get(0);
		assertThat(sample.args()[0]).isInstanceOf(double[][].class);
		assertThat(sample.args()[1]).isEqualTo(2);
		assertThat(sample.args()[2]).isInstanceOf(double[][].class);
		assertThat(sample.sample()).isTrue();
	}

	@Test
	void nanIsSpelledAsAString() {
		TestSpec nan = BANK.get("min-max-scaling")
			.coding()
			.tests()
			.stream()
			.filter((t) -> t.name().equals("nan-is-ignored-and-kept"))
			.findFirst()
			.orElseThrow();
		assertThat(((double[]) nan.args()[0])[1]).isNaN();
	}

	@Test
	void everyCodingProblemHasTheRequiredMaterial() {
		for (Problem problem : BANK.codingProblems()) {
			CodingPart coding = problem.coding();
			assertThat(problem.hints()).as(problem.slug()).hasSizeGreaterThanOrEqualTo(2);
			assertThat(coding.tests().stream().filter((t) -> !t.sample())).as(problem.slug())
				.hasSizeGreaterThanOrEqualTo(8);
			assertThat(coding.sampleTests()).as(problem.slug()).isNotEmpty();
			assertThat(coding.wrongSolutions()).as(problem.slug()).isNotEmpty();
			assertThat(problem.explanation()).as(problem.slug()).isNotBlank();
		}
	}

	private static String signature(ProblemBank bank, String slug) {
		return bank.get(slug).coding().signature().toString();
	}

}
