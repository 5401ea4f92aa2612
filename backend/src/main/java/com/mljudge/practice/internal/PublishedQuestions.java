package com.mljudge.practice.internal;

import com.mljudge.problems.ProblemCatalog;
import com.mljudge.problems.ProblemPublished;
import com.mljudge.problems.ProblemVersion;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Practice follows the catalog: a newly published version of any problem reloads the
 * questions.
 */
@Component
class PublishedQuestions {

	private final QuestionBank questions;

	private final ProblemCatalog catalog;

	PublishedQuestions(QuestionBank questions, ProblemCatalog catalog) {
		this.questions = questions;
		this.catalog = catalog;
	}

	// After the commit, so the reload sees the new version (reads only); without a
	// transaction when another instance published it
	// (problems.internal.PublishedEverywhere). Not an @ApplicationModuleListener: that
	// one never runs without a transaction, and the practice page right after a publish
	// must show the new question (so synchronous).
	@TransactionalEventListener(fallbackExecution = true)
	void on(ProblemPublished published) {
		this.questions.reload(this.catalog.all().stream().map(ProblemVersion::problem).toList());
	}

}
