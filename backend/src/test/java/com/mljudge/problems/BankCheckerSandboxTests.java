package com.mljudge.problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.mljudge.judge.Judge;
import com.mljudge.problembank.Problem;
import com.mljudge.problembank.ProblemBank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bank's own folders are the third way an author's checker reaches the server (after
 * the form and zip import): a checker in a bank folder is refused or stopped by the same
 * sandbox when the bank is checked, and an honest one validates.
 */
class BankCheckerSandboxTests {

	private static final Judge JUDGE = new Judge();

	@TempDir
	Path bank;

	@Test
	void aBankCheckerThatReadsTheEnvironmentFailsTheSelfCheck() throws IOException {
		ProblemValidation.Report report = validate("return System.getenv(\"PATH\");");
		assertThat(report.passed()).isFalse();
		assertThat(report.failures().get(0).name()).isEqualTo("checker can run");
		assertThat(report.failures().get(0).message()).contains("uses what the sandbox refuses")
			.contains("java.lang.System.getenv");
	}

	@Test
	void aBankCheckerThatNeverReturnsFailsTheSelfCheckWithoutStallingIt() throws IOException {
		ProblemValidation.Report report = validate("while (true) { }");
		assertThat(report.passed()).isFalse();
		assertThat(report.failures().toString()).contains("the checker failed").contains("time limit");
		assertThat(JUDGE.health().up()).isTrue();
	}

	@Test
	void anHonestBankCheckerPasses() throws IOException {
		ProblemValidation.Report report = validate(
				"double a = (Double) actual, e = (Double) expected; return Math.abs(a - e) <= 1e-9 ? null : \"got \" + a;");
		assertThat(report.failures()).isEmpty();
		assertThat(report.passed()).isTrue();
	}

	private ProblemValidation.Report validate(String checkBody) throws IOException {
		Path folder = Files.createDirectories(this.bank.resolve("checked-sum"));
		StringBuilder tests = new StringBuilder("  - {name: s1, sample: true, args: [[1.0, 2.0, 3.0]]}\n");
		for (int i = 1; i <= 8; i++) {
			tests.append("  - {name: h").append(i).append(", args: [[").append(i).append(".5, -1.0]]}\n");
		}
		tests.append("  - {name: big, args: [{gen: random-doubles, seed: 3, n: 1000, min: -1.0, max: 1.0}]}\n");
		Map<String, String> files = Map.of("problem.yaml", """
				slug: checked-sum
				kind: coding
				title: Sum of values
				difficulty: easy
				topics: [statistics]
				entry:
				  class: Solution
				  signature: "double total(double[] values)"
				checker:
				  type: custom
				  class: Check
				hints: ["Add them up.", "One pass is enough."]
				tests:
				%swrong:
				  - {file: wrong/Zero.java, expected: WRONG_ANSWER, why: "returns zero"}
				accepted:
				  - {file: accepted/Streams.java, why: "adds up with a stream"}
				""".formatted(tests), "accepted/Streams.java",
				"import java.util.Arrays;\n" + solution("return Arrays.stream(values).sum();"), "statement.md",
				"Return the sum of `values`.\n", "explanation.md", "One pass.\n", "starter/Solution.java",
				solution("return 0;"), "wrong/Zero.java", solution("return 0;"), "reference/Solution.java",
				solution("double s = 0; for (double v : values) { s += v; } return s;"), "Check.java",
				"public class Check {\n    public String check(Object[] args, Object expected, Object actual) {\n"
						+ checkBody + "\n    }\n}\n");
		for (Map.Entry<String, String> file : files.entrySet()) {
			Path path = folder.resolve(file.getKey());
			Files.createDirectories(path.getParent());
			Files.writeString(path, file.getValue());
		}
		Problem problem = ProblemBank.loadFromDirectory(this.bank).problems().get(0);
		return new ProblemValidation(JUDGE).validate(problem);
	}

	private static String solution(String body) {
		return "public class Solution {\n    public static double total(double[] values) {\n        " + body
				+ "\n    }\n}\n";
	}

}
