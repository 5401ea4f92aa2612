package com.mljudge.problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.mljudge.judge.Judge;
import com.mljudge.judge.JudgeResult;
import com.mljudge.judge.JudgeTask;
import com.mljudge.judge.ReferenceOutputs;
import com.mljudge.judge.TestResult;
import com.mljudge.judge.Verdict;
import com.mljudge.problembank.Problem;
import com.mljudge.problembank.ProblemBank;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Correct solutions written the way candidates write Java (var, records, streams, boxed
 * collections, comparators, String.format and printf, debug prints, some far past 64 KiB)
 * are accepted by the real judge against the bank's problems. Each file under
 * {@code src/test/resources/idiomatic/<slug>/} is one solution to problem {@code <slug>};
 * a failure names the file, the verdict and the first failing test.
 */
class IdiomaticCorpusTests {

	private static final ProblemBank BANK = ProblemBank.loadFromClasspath();

	private static final Judge JUDGE = new Judge();

	private static final Map<String, ReferenceOutputs> REFERENCES = new ConcurrentHashMap<>();

	@Test
	void theCorpusHasAtLeastFortySolutionsOverTwentyProblems() {
		List<Path> solutions = solutions();
		assertThat(solutions).hasSizeGreaterThanOrEqualTo(40);
		assertThat(solutions.stream().map(IdiomaticCorpusTests::slugOf).distinct()).hasSizeGreaterThanOrEqualTo(20);
	}

	@Test
	void everySolutionNamesABankCodingProblem() {
		assertThat(solutions()).allSatisfy((path) -> assertThat(BANK.find(slugOf(path))).as(path.toString())
			.hasValueSatisfying((problem) -> assertThat(problem.isCoding()).isTrue()));
	}

	@TestFactory
	Stream<DynamicTest> everyCorrectIdiomaticSolutionIsAccepted() {
		return solutions().stream()
			.map((path) -> DynamicTest.dynamicTest(slugOf(path) + "/" + path.getFileName(), () -> {
				Problem problem = BANK.get(slugOf(path));
				JudgeTask task = ProblemTasks.task(problem);
				ReferenceOutputs reference = REFERENCES.computeIfAbsent(problem.slug(),
						(slug) -> JUDGE.computeReference(problem.coding().referenceSource(), task));
				JudgeResult result = JUDGE.judge(Files.readString(path, StandardCharsets.UTF_8), task, reference);
				assertThat(result.verdict()).as("%s/%s: %s", problem.slug(), path.getFileName(), describe(result))
					.isEqualTo(Verdict.ACCEPTED);
				assertThat(result.score()).isEqualTo(100);
			}));
	}

	private static String describe(JudgeResult result) {
		return result.diagnostics() + " "
				+ result.tests()
					.stream()
					.filter((t) -> t.verdict() != Verdict.ACCEPTED)
					.limit(2)
					.map(TestResult::toString)
					.collect(Collectors.joining("; "));
	}

	private static String slugOf(Path solution) {
		return solution.getParent().getFileName().toString();
	}

	private static List<Path> solutions() {
		URL root = IdiomaticCorpusTests.class.getClassLoader().getResource("idiomatic");
		assertThat(root).as("src/test/resources/idiomatic on the test classpath").isNotNull();
		try (Stream<Path> files = Files.walk(Path.of(root.toURI()))) {
			return files.filter((p) -> p.toString().endsWith(".java")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
