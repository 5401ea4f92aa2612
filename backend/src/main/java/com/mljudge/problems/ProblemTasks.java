package com.mljudge.problems;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mljudge.judge.Checker;
import com.mljudge.judge.Checkers;
import com.mljudge.judge.EntryPoint;
import com.mljudge.judge.JudgeTask;
import com.mljudge.judge.Limits;
import com.mljudge.judge.TestCase;
import com.mljudge.problembank.CheckerType;
import com.mljudge.problembank.CodingPart;
import com.mljudge.problembank.Problem;
import com.mljudge.problembank.ProblemLimits;

/**
 * Turns a coding problem from the bank into what the judge runs: entry point, tests,
 * checker and limits. Plain Java, so the bank's self-check and the web layer judge
 * problems the same way.
 */
public final class ProblemTasks {

	private ProblemTasks() {
	}

	/** Every test of the problem, samples first as the problem file lists them. */
	public static JudgeTask task(Problem problem) {
		CodingPart coding = coding(problem);
		return task(problem,
				coding.tests()
					.stream()
					.map((t) -> new TestCase(t.name(), t.sample(), t.weight(), t.args(), t.truth()))
					.toList());
	}

	/** Only the sample tests, for "Run" in the editor. */
	public static JudgeTask samples(Problem problem) {
		CodingPart coding = coding(problem);
		return task(problem,
				coding.sampleTests()
					.stream()
					.map((t) -> new TestCase(t.name(), t.sample(), t.weight(), t.args(), t.truth()))
					.toList());
	}

	private static JudgeTask task(Problem problem, List<TestCase> tests) {
		CodingPart coding = coding(problem);
		EntryPoint entry = new EntryPoint(coding.entryClass(), coding.signature().methodName(),
				coding.signature().parameterTypes(), coding.signature().returnType());
		return new JudgeTask(entry, tests, checker(coding), limits(coding.limits()));
	}

	static Checker checker(CodingPart coding) {
		Map<String, Object> params = new HashMap<>(coding.checker().params());
		if (CheckerType.named(coding.checker().type()).orElse(null) == CheckerType.CUSTOM) {
			params.put("source", coding.checkerSource());
		}
		return Checkers.fromSpec(coding.checker().type(), params);
	}

	/** The problem's limits: the judge's defaults with the problem's own overrides. */
	public static Limits limits(ProblemLimits limits) {
		Limits result = Limits.defaults();
		if (limits == null) {
			return result;
		}
		if (limits.cpuMillisPerTest() != null) {
			result = result.withCpuMillisPerTest(limits.cpuMillisPerTest());
		}
		if (limits.wallMillisPerSubmission() != null) {
			result = result.withWallMillisPerSubmission(limits.wallMillisPerSubmission());
		}
		if (limits.memoryMb() != null) {
			result = result.withMemoryBytes(limits.memoryMb() * 1024L * 1024L);
		}
		return result;
	}

	private static CodingPart coding(Problem problem) {
		if (problem.coding() == null) {
			throw new IllegalArgumentException(problem.slug() + " is not a coding problem");
		}
		return problem.coding();
	}

}
