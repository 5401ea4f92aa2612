package com.mljudge.authoring.internal;

import java.util.List;

/**
 * What a new problem starts from: a small worked example of its kind, so the editor shows
 * every field filled in and validation points at what is still missing (more tests, a
 * longer answer).
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
		TestRow hidden = new TestRow();
		hidden.setName("one-value");
		hidden.setArgs("[[-4.5]]");
		TestRow generated = new TestRow();
		generated.setName("large");
		generated.setWeight("2");
		generated
			.setArgs("[{\"gen\": \"random-doubles\", \"seed\": 7, \"n\": 100000, \"min\": -100.0, \"max\": 100.0}]");
		form.setTests(new java.util.ArrayList<>(List.of(sample, hidden, generated)));
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
