package com.mljudge.submissions.internal;

import com.mljudge.judge.Language;
import com.mljudge.submissions.SubmissionIntake;
import com.mljudge.submissions.SubmissionJudged.Mode;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The intake other modules use: the API's own path into the queue. */
@Component
class QueueIntake implements SubmissionIntake {

	private final Submissions submissions;

	private final JudgeWorkers workers;

	QueueIntake(Submissions submissions, JudgeWorkers workers) {
		this.submissions = submissions;
		this.workers = workers;
	}

	@Override
	public long submit(String username, String problem, String source, Mode mode, Language language) {
		Submissions.Queued queued = this.submissions.submit(username, problem, source, mode, null, null, language);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// Queued inside the caller's transaction: a worker woken now finds no row
			// yet, so wake one again when the row is visible.
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					QueueIntake.this.workers.wakeUp();
				}
			});
		}
		return queued.id();
	}

	@Override
	public Language language(String id) {
		return Submissions.language(id);
	}

}
