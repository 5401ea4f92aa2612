package com.mljudge.authoring.internal;

import java.util.List;

/**
 * What a new problem starts from: a small worked example of its kind that passes
 * validation as it stands, so the editor shows every field filled in and the author's
 * first validation tells about their own changes, not about the example.
 */
final class Skeleton {

	private Skeleton() {
	}

	static ProblemForm form(String kind, String title) {
		ProblemForm form = new ProblemForm();
		form.setKind(kind);
		form.setTitle(title);
		form.setDifficulty("easy");
		form.setTopics("statistics");
		if (form.isCoding()) {
			coding(form);
		}
		else {
			form.setStatement("Ask the question here, as an interviewer would.\n");
			form.setKeyPoints("The first point a strong answer makes\nThe second point\nThe third point");
			form.setAnswer(MODEL_ANSWER);
			QuizRow choice = new QuizRow();
			choice.setQuestion("Which option is right?");
			choice.setOptions("This one\nThat one");
			choice.setAnswer("0");
			choice.setExplanation("Why the first option is right.");
			QuizRow number = new QuizRow();
			number.setType("number");
			number.setQuestion("What is one half, as a decimal?");
			number.setAnswer("0.5");
			number.setTolerance("0.01");
			number.setExplanation("1 / 2 = 0.5.");
			form.setQuiz(new java.util.ArrayList<>(List.of(choice, number)));
		}
		return form;
	}

	private static TestRow hidden(String name, String args) {
		TestRow test = new TestRow();
		test.setName(name);
		test.setArgs(args);
		return test;
	}

	/**
	 * Long enough to validate (150 words or more), and a guide to writing the real one.
	 */
	private static final String MODEL_ANSWER = """
			Replace this text with the answer a strong candidate would give, written the way you would say it
			in the interview rather than as a textbook entry. Start with the short answer in one or two
			sentences, so a reader who stops there still has the core idea. Then give the reasoning behind it:
			why the idea holds, which assumption it rests on, and what changes when that assumption fails.

			A good model answer names at least one trade-off and one way the idea goes wrong in practice, such
			as a data set that is too small, classes that are badly unbalanced, or features measured on very
			different scales. Where a formula helps, write it in math, for example $\\hat{y} = w^T x + b$, and say
			in words what each symbol means. Close with how you would check the claim on real data.

			Keep every key point above covered here, because the self-assessment compares a learner's answer
			with those points. Aim for roughly two hundred to three hundred words in the end.
			""";

	private static void coding(ProblemForm form) {
		form.setSignature("double mean(double[] values)");
		form.setStatement("""
				Return the arithmetic mean of `values`.

				```java
				public static double mean(double[] values)
				```

				The array holds at least one value.
				""");
		form.setExplanation("Add the values and divide by their count: one pass, $O(n)$ time.\n");
		form.setHints("Add every value.\nDivide the sum by the number of values.");
		form.setCheckerType("tolerance");
		form.setCheckerAtol("1.0E-9");
		form.setStarter("""
				public class Solution {
				    public static double mean(double[] values) {
				        return 0;
				    }
				}
				""");
		form.setReference("""
				public class Solution {
				    public static double mean(double[] values) {
				        double sum = 0;
				        for (double v : values) {
				            sum += v;
				        }
				        return sum / values.length;
				    }
				}
				""");
		TestRow sample = new TestRow();
		sample.setName("three-values");
		sample.setSample(true);
		sample.setArgs("[[1.0, 2.0, 6.0]]");
		List<TestRow> tests = new java.util.ArrayList<>(List.of(sample));
		// Validation asks for eight hidden tests, one of them large and generated.
		tests.add(hidden("one-value", "[[-4.5]]"));
		tests.add(hidden("two-values", "[[2.0, 4.0]]"));
		tests.add(hidden("all-negative", "[[-1.0, -2.0, -3.0]]"));
		tests.add(hidden("zeros", "[[0.0, 0.0, 0.0]]"));
		tests.add(hidden("signs-cancel", "[[-5.0, 5.0, 10.0, -10.0]]"));
		tests.add(hidden("fractions", "[[0.1, 0.2, 0.3]]"));
		tests.add(hidden("many-small",
				"[{\"gen\": \"random-doubles\", \"seed\": 11, \"n\": 1000, \"min\": 0.0, \"max\": 1.0}]"));
		TestRow generated = hidden("large",
				"[{\"gen\": \"random-doubles\", \"seed\": 7, \"n\": 100000, \"min\": -100.0, \"max\": 100.0}]");
		generated.setWeight("2");
		tests.add(generated);
		form.setTests(tests);
		WrongRow wrong = new WrongRow();
		wrong.setName("IntegerDivision");
		wrong.setWhy("divides before adding up, rounding each value down");
		wrong.setSource("""
				public class Solution {
				    public static double mean(double[] values) {
				        double sum = 0;
				        for (double v : values) {
				            sum += (long) v / values.length;
				        }
				        return sum;
				    }
				}
				""");
		form.setWrong(new java.util.ArrayList<>(List.of(wrong)));
		AcceptedRow accepted = new AcceptedRow();
		accepted.setName("Streams");
		accepted.setWhy("averages with a stream, the way many candidates write it");
		accepted.setSource("""
				import java.util.Arrays;

				public class Solution {
				    public static double mean(double[] values) {
				        return Arrays.stream(values).average().orElse(0);
				    }
				}
				""");
		form.setAccepted(new java.util.ArrayList<>(List.of(accepted)));
	}

}
