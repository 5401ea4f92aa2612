package com.mljudge.problems;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.mljudge.judge.CheckOutcome;
import com.mljudge.judge.Checker;
import com.mljudge.judge.Judge;
import com.mljudge.judge.JudgeResult;
import com.mljudge.judge.JudgeTask;
import com.mljudge.judge.Language;
import com.mljudge.judge.ReferenceOutputs;
import com.mljudge.judge.TestCase;
import com.mljudge.judge.TestResult;
import com.mljudge.judge.Verdict;
import com.mljudge.problembank.CodingPart;
import com.mljudge.problembank.Problem;
import com.mljudge.web.JsonMistakes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * Runs a user's code on arguments the user typed: the reference runs on the same
 * arguments and its output is what the user's is compared with, by the problem's own
 * checker. A checker that scores against held-out ground truth cannot judge such input,
 * so then the outputs are only shown side by side.
 */
@Service
public class CustomRuns {

	/** Typed input is capped before it is parsed, so a huge paste costs nothing. */
	public static final int MAX_INPUT_BYTES = 256 * 1024;

	public static final int MAX_INPUT_VALUES = 100_000;

	/** The custom test's name, as results and pages show it. */
	public static final String TEST_NAME = "custom";

	private static final Checker ANY_OUTPUT = (test, expected, actual) -> CheckOutcome.pass();

	private final ProblemCatalog catalog;

	private final Judge judge;

	private final JsonMapper json = JsonMapper.builder().build();

	CustomRuns(ProblemCatalog catalog, Judge judge) {
		this.catalog = catalog;
		this.judge = judge;
	}

	/**
	 * The typed input is over the size cap: not a mistake in its shape, so callers may
	 * answer differently.
	 */
	public static final class InputTooLarge extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		InputTooLarge(String message) {
			super(message);
		}

	}

	/**
	 * The outcome: the user's result (one test named {@value #TEST_NAME}), the
	 * reference's output, whether the two were compared by the checker, and why the
	 * reference could not run, if it could not.
	 */
	public record CustomRun(JudgeResult result, Object expected, boolean compared, String referenceFailure) {
	}

	/**
	 * Reads typed input as the problem's arguments.
	 * @throws IllegalArgumentException with a message for the person who typed it (which
	 * parameter, which position, what was expected)
	 */
	public Object[] arguments(String slug, String input) {
		CodingPart coding = coding(slug);
		if (input == null || input.isBlank()) {
			throw new IllegalArgumentException("Type the arguments as a JSON array with one value per parameter.");
		}
		int bytes = input.getBytes(StandardCharsets.UTF_8).length;
		if (bytes > MAX_INPUT_BYTES) {
			throw new InputTooLarge(
					"The input is " + bytes + " bytes; the limit is " + MAX_INPUT_BYTES + " bytes (256 KiB).");
		}
		JsonNode values;
		try {
			values = this.json.readTree(input);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("The input is not valid JSON: " + JsonMistakes.describe(ex) + ".");
		}
		int count = count(values);
		if (count > MAX_INPUT_VALUES) {
			throw new InputTooLarge("The input has " + count + " values; the limit is " + MAX_INPUT_VALUES + ".");
		}
		return coding.signature().arguments(values);
	}

	/** Typed input as compact JSON, the way it is stored with the run. */
	public String normalized(String input) {
		return this.json.writeValueAsString(this.json.readTree(input));
	}

	public CustomRun run(String slug, String source, Object[] args) {
		return run(slug, source, args, Language.JAVA);
	}

	/** The user's code in {@code language}; the reference is the problem's Java one. */
	public CustomRun run(String slug, String source, Object[] args, Language language) {
		Problem problem = this.catalog.find(slug)
			.filter(Problem::isCoding)
			.orElseThrow(() -> new IllegalArgumentException("No coding problem " + slug));
		JudgeTask task = ProblemTasks.samples(problem);
		TestCase test = new TestCase(TEST_NAME, true, 1, args, null);
		JudgeResult reference = this.judge.judge(problem.coding().referenceSource(),
				new JudgeTask(task.entry(), List.of(test), ANY_OUTPUT, task.limits()), outputs(null));
		TestResult referenceTest = reference.tests().isEmpty() ? null : reference.tests().get(0);
		if (referenceTest == null || referenceTest.verdict() != Verdict.ACCEPTED) {
			JudgeResult user = ProblemJudging.judge(this.judge, language, source,
					new JudgeTask(task.entry(), List.of(test), ANY_OUTPUT, task.limits()), outputs(null));
			return new CustomRun(user, null, false, failure(reference, referenceTest));
		}
		Object expected = referenceTest.actual();
		boolean comparable = !needsGroundTruth(problem.coding());
		Checker checker = comparable ? task.checker() : ANY_OUTPUT;
		JudgeResult user = ProblemJudging.judge(this.judge, language, source,
				new JudgeTask(task.entry(), List.of(test), checker, task.limits()), outputs(expected));
		return new CustomRun(user, expected, comparable, null);
	}

	/**
	 * Metric checkers (and author-written ones fed with truth) score against answers
	 * typed input lacks.
	 */
	static boolean needsGroundTruth(CodingPart coding) {
		return "metric".equalsIgnoreCase(coding.checker().type())
				|| coding.sampleTests().stream().anyMatch((t) -> !t.generated() && t.truth() != null);
	}

	private CodingPart coding(String slug) {
		return this.catalog.find(slug)
			.filter(Problem::isCoding)
			.map(Problem::coding)
			.orElseThrow(() -> new IllegalArgumentException("There is no coding problem '" + slug + "'."));
	}

	private static ReferenceOutputs outputs(Object expected) {
		List<Object> outputs = new ArrayList<>(Collections.singletonList(expected));
		return new ReferenceOutputs(outputs);
	}

	private static String failure(JudgeResult reference, TestResult test) {
		if (test == null) {
			return reference.verdict().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
		}
		String verdict = test.verdict().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
		// The reference's own stack frames stay private; the exception and its message
		// are enough.
		return (test.message() != null) ? verdict + ": " + firstLine(test.message()) : verdict;
	}

	private static int count(JsonNode node) {
		if (node.isContainer()) {
			int total = 0;
			for (JsonNode child : node) {
				total += count(child);
				if (total > MAX_INPUT_VALUES) {
					return total;
				}
			}
			return total;
		}
		return 1;
	}

	private static String firstLine(String text) {
		if (text == null) {
			return "";
		}
		int end = text.indexOf('\n');
		return (end < 0) ? text : text.substring(0, end);
	}

}
