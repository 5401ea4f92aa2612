package com.mljudge.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.mljudge.judge.Judge;
import com.mljudge.judge.JudgeResult;
import com.mljudge.judge.JudgeTask;
import com.mljudge.judge.ReferenceOutputs;
import com.mljudge.judge.TestResult;
import com.mljudge.judge.Verdict;
import com.mljudge.problembank.AcceptedSolution;
import com.mljudge.problembank.Problem;
import com.mljudge.problembank.ProblemFiles;
import com.mljudge.problembank.WrongSolution;
import com.mljudge.web.Markdown;

/**
 * The self-check a problem must pass before it is published, and the one the build runs
 * over the whole bank: its files validate, its Markdown renders, and for a coding problem
 * the reference scores 100, the starter compiles and does not pass, each known-wrong
 * solution gets the verdict it expects and each slow but acceptable one scores 100. Plain
 * Java over the real judge, so the build and the browser share one implementation.
 */
public final class ProblemValidation {

	/** One check's outcome, with a message a person can act on. */
	public record Check(String name, boolean passed, String message) {
	}

	/** Every check, in the order they ran. */
	public record Report(List<Check> checks) {

		public Report {
			checks = List.copyOf(checks);
		}

		public boolean passed() {
			return !this.checks.isEmpty() && this.checks.stream().allMatch(Check::passed);
		}

		public List<Check> failures() {
			return this.checks.stream().filter((c) -> !c.passed()).toList();
		}

	}

	private final Judge judge;

	public ProblemValidation(Judge judge) {
		this.judge = judge;
	}

	/**
	 * Reads the files (every format error is one failed check), then checks the problem
	 * they make.
	 */
	public Report validate(String slug, Map<String, String> files, Set<String> knownSlugs) {
		ProblemFiles.Reading reading = ProblemFiles.read(slug, files, knownSlugs);
		if (!reading.valid()) {
			List<Check> checks = new ArrayList<>();
			reading.errors().forEach((e) -> checks.add(new Check("files follow the format", false, e)));
			return new Report(checks);
		}
		List<Check> checks = new ArrayList<>();
		checks.add(new Check("files follow the format", true, "problem.yaml and every file read without errors"));
		checks.addAll(validate(reading.problem()).checks());
		return new Report(checks);
	}

	/** Checks a problem that already read without errors. */
	public Report validate(Problem problem) {
		List<Check> checks = new ArrayList<>();
		checks.add(renders("statement.md", problem.statement()));
		if (problem.explanation() != null) {
			checks.add(renders("explanation.md", problem.explanation()));
		}
		if (problem.conceptual() != null) {
			checks.add(renders("answer.md", problem.conceptual().answer()));
		}
		if (problem.isCoding()) {
			checks.addAll(judged(problem));
		}
		return new Report(checks);
	}

	private static Check renders(String file, String markdown) {
		try {
			String html = Markdown.toHtml(markdown);
			return html.isBlank() ? new Check(file + " renders", false, "renders to nothing")
					: new Check(file + " renders", true, html.length() + " characters of HTML");
		}
		catch (RuntimeException ex) {
			return new Check(file + " renders", false, String.valueOf(ex.getMessage()));
		}
	}

	private List<Check> judged(Problem problem) {
		List<Check> checks = new ArrayList<>();
		JudgeTask task;
		ReferenceOutputs reference;
		try {
			task = ProblemTasks.task(problem);
		}
		catch (IllegalArgumentException ex) {
			checks.add(new Check("checker can run", false, ex.getMessage()));
			return checks;
		}
		try {
			reference = this.judge.computeReference(problem.coding().referenceSource(), task);
		}
		catch (RuntimeException ex) {
			checks.add(new Check("reference scores 100", false, "the reference cannot run: " + ex.getMessage()));
			return checks;
		}
		checks.add(check("reference scores 100", () -> {
			JudgeResult result = this.judge.judge(problem.coding().referenceSource(), task, reference);
			return (result.verdict() == Verdict.ACCEPTED && result.score() == 100) ? null : describe(result);
		}));
		checks.add(check("starter compiles and does not pass", () -> {
			JudgeResult result = this.judge.judge(problem.coding().starterSource(), task, reference);
			boolean fine = !Set.of(Verdict.ACCEPTED, Verdict.COMPILE_ERROR, Verdict.REJECTED, Verdict.INTERNAL_ERROR)
				.contains(result.verdict());
			return fine ? null : describe(result);
		}));
		for (WrongSolution wrong : problem.coding().wrongSolutions()) {
			checks.add(check(wrong.file() + " gets " + wrong.expected(), () -> {
				JudgeResult result = this.judge.judge(wrong.source(), task, reference);
				return result.verdict().name().equals(wrong.expected().name()) ? null : describe(result);
			}));
		}
		for (AcceptedSolution accepted : problem.coding().acceptedSolutions()) {
			checks.add(check(accepted.file() + " scores 100", () -> {
				JudgeResult result = this.judge.judge(accepted.source(), task, reference);
				return (result.verdict() == Verdict.ACCEPTED && result.score() == 100) ? null : describe(result);
			}));
		}
		return checks;
	}

	/** Runs one check: the supplier answers null when it passed, else what went wrong. */
	private static Check check(String name, Supplier<String> failure) {
		try {
			String problem = failure.get();
			return (problem == null) ? new Check(name, true, "as expected") : new Check(name, false, problem);
		}
		catch (RuntimeException ex) {
			return new Check(name, false, ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	private static String describe(JudgeResult result) {
		String failing = result.tests()
			.stream()
			.filter((t) -> t.verdict() != Verdict.ACCEPTED)
			.limit(3)
			.map(TestResult::toString)
			.collect(Collectors.joining("; "));
		String diagnostics = result.diagnostics().isEmpty() ? "" : " " + result.diagnostics();
		return "got " + result.verdict() + " (score " + result.score() + ")" + diagnostics
				+ (failing.isEmpty() ? "" : ": " + failing);
	}

}
