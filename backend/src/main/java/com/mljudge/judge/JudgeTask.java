package com.mljudge.judge;

import java.util.List;

/**
 * Everything needed to judge sources against one problem version.
 */
public record JudgeTask(EntryPoint entry, List<TestCase> tests, Checker checker, Limits limits) {

	public JudgeTask {
		tests = List.copyOf(tests);
	}

}
