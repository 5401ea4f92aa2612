package com.mljudge.problems;

import com.mljudge.judge.Judge;
import com.mljudge.judge.JudgeResult;
import com.mljudge.judge.JudgeTask;
import com.mljudge.judge.ReferenceCache;
import com.mljudge.judge.ReferenceOutputs;
import com.mljudge.problembank.Problem;

import org.springframework.stereotype.Service;

/**
 * Judges a source against a problem of the catalog: all tests for a submission, the samples for a run. The
 * reference's outputs are computed once per problem and test set, then cached.
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

	ProblemJudging(ProblemCatalog catalog, Judge judge, ReferenceCache references) {
		this.catalog = catalog;
		this.judge = judge;
		this.references = references;
	}

	/**
	 * @throws IllegalArgumentException for an unknown or non-coding problem
	 */
	public JudgeResult judge(String slug, String source, Scope scope) {
		Problem problem = this.catalog.find(slug)
			.filter(Problem::isCoding)
			.orElseThrow(() -> new IllegalArgumentException("No coding problem " + slug));
		JudgeTask task = (scope == Scope.SAMPLES) ? ProblemTasks.samples(problem) : ProblemTasks.task(problem);
		ReferenceOutputs reference = this.references.get(slug + "/" + scope,
				() -> this.judge.computeReference(problem.coding().referenceSource(), task));
		return this.judge.judge(source, task, reference);
	}

}
