package com.mljudge.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mljudge.judge.Judge;
import com.mljudge.judge.JudgeResult;
import com.mljudge.judge.JudgeTask;
import com.mljudge.judge.Language;
import com.mljudge.judge.PythonRunner;
import com.mljudge.judge.ReferenceCache;
import com.mljudge.judge.ReferenceOutputs;
import com.mljudge.problembank.Problem;
import com.mljudge.problembank.ProblemBank;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Judges a source against a problem of the catalog: all tests for a submission, the
 * samples for a run. The reference's outputs are computed once per problem and test set,
 * then cached.
 */
@Service
public class ProblemJudging {

	/** Whether to judge every test or only the samples. */
	public enum Scope {

		ALL_TESTS, SAMPLES

	}

	private final ProblemCatalog catalog;

	private final Judge judge;

	private final ReferenceCache references;

	private final ProblemBank bank;

	ProblemJudging(ProblemCatalog catalog, Judge judge, ReferenceCache references, ProblemBank bank) {
		this.catalog = catalog;
		this.bank = bank;
		this.judge = judge;
		this.references = references;
	}

	/**
	 * Compiles and runs a trivial class once in the background after start-up, so the
	 * first learner does not pay for loading the compilers.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		Thread warmUp = new Thread(() -> this.bank.codingProblems().stream().findFirst().ifPresent((p) -> {
			try {
				judge(p.slug(), p.coding().referenceSource(), Scope.SAMPLES);
			}
			catch (RuntimeException ex) {
				// Only a warm-up: the first real submission will report any problem
				// properly.
			}
		}), "judge-warm-up");
		warmUp.setDaemon(true);
		warmUp.start();
	}

	/**
	 * False once a sandbox thread refused to die: this instance should stop judging until
	 * restarted.
	 */
	public boolean healthy() {
		return this.judge.health().up() && PythonRunner.find().map((python) -> python.health().up()).orElse(true);
	}

	/** The languages this instance judges: the queue gives it only those. */
	public List<Language> languages() {
		return Language.judged();
	}

	/**
	 * A sample test with the reference's answer, for showing input, expected and got side
	 * by side.
	 */
	public record SampleCase(String name, Object[] args, Object expected) {
	}

	/**
	 * The problem's sample tests with their expected outputs; empty for an unknown or
	 * non-coding problem.
	 */
	public List<SampleCase> samples(String slug) {
		Optional<ProblemVersion> problem = this.catalog.findVersion(slug).filter((v) -> v.problem().isCoding());
		if (problem.isEmpty()) {
			return List.of();
		}
		JudgeTask task = ProblemTasks.samples(problem.get().problem());
		ReferenceOutputs reference = reference(problem.get(), task, Scope.SAMPLES);
		List<SampleCase> samples = new ArrayList<>();
		for (int i = 0; i < task.tests().size(); i++) {
			samples.add(
					new SampleCase(task.tests().get(i).name(), task.tests().get(i).args(), reference.outputs().get(i)));
		}
		return samples;
	}

	/**
	 * A verdict and the version of the problem it was reached on
	 * ({@link ProblemVersion#BANK} for the bank's).
	 */
	public record Judged(JudgeResult result, int version) {
	}

	/**
	 * Judges against the problem as served now: its latest published version, else the
	 * bank's.
	 * @throws IllegalArgumentException for an unknown or non-coding problem
	 */
	public Judged judge(String slug, String source, Scope scope) {
		return judge(slug, source, scope, Language.JAVA);
	}

	/**
	 * In {@code language}: a Python solution runs against the same tests, reference
	 * outputs and checker, under {@link PythonRunner#limitsFor the problem's limits for
	 * Python}.
	 * @throws IllegalStateException when this server does not judge the language
	 */
	public Judged judge(String slug, String source, Scope scope, Language language) {
		ProblemVersion version = this.catalog.findVersion(slug)
			.filter((v) -> v.problem().isCoding())
			.orElseThrow(() -> new IllegalArgumentException("No coding problem " + slug));
		Problem problem = version.problem();
		JudgeTask task = (scope == Scope.SAMPLES) ? ProblemTasks.samples(problem) : ProblemTasks.task(problem);
		return new Judged(judge(this.judge, language, source, task, reference(version, task, scope)),
				version.version());
	}

	/** The one place a language picks its judge and limits. */
	static JudgeResult judge(Judge java, Language language, String source, JudgeTask task, ReferenceOutputs reference) {
		if (language == Language.JAVA) {
			return java.judge(source, task, reference);
		}
		PythonRunner python = PythonRunner.find().orElseThrow(() -> new IllegalStateException(language.offReason()));
		return python.judge(source,
				new JudgeTask(task.entry(), task.tests(), task.checker(), PythonRunner.limitsFor(task.limits())),
				reference);
	}

	/**
	 * Keyed by version too: a newly published version must not be judged against the last
	 * one's outputs.
	 */
	private ReferenceOutputs reference(ProblemVersion version, JudgeTask task, Scope scope) {
		Problem problem = version.problem();
		return this.references.get(problem.slug() + "@" + version.version() + "/" + scope,
				() -> this.judge.computeReference(problem.coding().referenceSource(), task));
	}

}
