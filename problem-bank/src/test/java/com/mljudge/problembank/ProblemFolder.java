package com.mljudge.problembank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a small, valid problem folder into a temporary bank so a test can break one
 * thing in it.
 */
final class ProblemFolder {

	static final String CODING_YAML = """
			slug: dist
			kind: coding
			title: Distance
			difficulty: easy
			topics: [distance-metrics]
			source: "made up for a test"
			entry:
			  class: Solution
			  signature: "double distance(double[] a, double[] b)"
			checker:
			  type: tolerance
			  atol: 1.0e-9
			hints: ["square the differences", "then one square root"]
			tests:
			  - {name: s1, sample: true, args: [[0, 0], [3, 4]]}
			  - {name: h1, args: [[1], [2]]}
			  - {name: h2, args: [[1], [3]]}
			  - {name: h3, args: [[1], [4]]}
			  - {name: h4, args: [[1], [5]]}
			  - {name: h5, args: [[1], [6]]}
			  - {name: h6, args: [[1], [7]]}
			  - {name: h7, args: [[1], [8]]}
			  - name: big
			    generator: {name: vector-pair, seed: 1, params: {d: 10}}
			wrong:
			  - {file: wrong/NoRoot.java, expected: WRONG_ANSWER, why: "forgets the root"}
			accepted:
			  - {file: accepted/Streams.java, why: "zips the arrays with an IntStream"}
			""";

	static final String CONCEPTUAL_YAML = """
			slug: bias
			kind: conceptual
			title: Bias and variance
			difficulty: medium
			topics: [generalization]
			related: [dist]
			keyPoints: ["one", "two", "three"]
			quiz:
			  - type: choice
			    question: "Which?"
			    options: ["a", "b"]
			    answer: 1
			    explanation: "because"
			  - type: number
			    question: "How much?"
			    answer: 0.5
			    tolerance: 0.01
			    explanation: "because"
			""";

	private static final String SOURCE = """
			public class Solution {
			    public static double distance(double[] a, double[] b) { return 0; }
			}
			""";

	private ProblemFolder() {
	}

	static Path coding(Path bank, String yaml) {
		Path folder = bank.resolve("dist");
		write(folder.resolve("problem.yaml"), yaml);
		write(folder.resolve("statement.md"), "Compute the distance.");
		write(folder.resolve("explanation.md"), "Sum squares, take the root.");
		write(folder.resolve("starter/Solution.java"), SOURCE);
		write(folder.resolve("reference/Solution.java"), SOURCE);
		write(folder.resolve("wrong/NoRoot.java"), SOURCE);
		write(folder.resolve("accepted/Streams.java"), SOURCE);
		return folder;
	}

	static Path conceptual(Path bank, String yaml) {
		Path folder = bank.resolve("bias");
		write(folder.resolve("problem.yaml"), yaml);
		write(folder.resolve("statement.md"), "Explain the trade-off.");
		write(folder.resolve("answer.md"), answerOfWords(200));
		return folder;
	}

	/** A model answer of the given number of words. */
	static String answerOfWords(int words) {
		return "A model answer" + " word".repeat(words - 3) + ".\n";
	}

	static void delete(Path file) {
		try {
			Files.delete(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void write(Path file, String text) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
