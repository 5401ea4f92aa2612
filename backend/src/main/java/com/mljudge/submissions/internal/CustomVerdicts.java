package com.mljudge.submissions.internal;

import com.mljudge.judge.Verdict;
import com.mljudge.problems.CustomRuns;

/**
 * The verdict a custom run stores. When nothing could be compared (the reference failed
 * on the input, or the checker needs ground truth the input lacks), code that returned
 * normally is {@value #NOT_CHECKED} rather than accepted; crashes and limits keep their
 * verdicts, which hold whatever the reference did.
 */
final class CustomVerdicts {

	static final String NOT_CHECKED = "NOT_CHECKED";

	private CustomVerdicts() {
	}

	static String of(Verdict verdict, CustomRuns.CustomRun custom) {
		if (custom != null && !custom.compared() && verdict == Verdict.ACCEPTED) {
			return NOT_CHECKED;
		}
		return verdict.name();
	}

}
