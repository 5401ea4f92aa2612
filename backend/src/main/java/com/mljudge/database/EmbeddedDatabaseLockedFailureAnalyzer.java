package com.mljudge.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a locked data folder into a two-line explanation instead of a stack trace. */
class EmbeddedDatabaseLockedFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseLockedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseLockedException cause) {
		return new FailureAnalysis(cause.getMessage() + ".",
				"Stop the other instance, or give this one its own folder with JUDGE_DATA_DIR=/some/other/folder, "
						+ "or use an external database with SPRING_DATASOURCE_URL.",
				cause);
	}

}
