package com.mljudge.submissions.internal;

import java.time.Instant;
import java.util.List;

import com.mljudge.submissions.Rejudging;
import com.mljudge.submissions.SubmissionRecords;

import org.springframework.stereotype.Service;

/**
 * What other modules may read and ask of stored submissions: judged records and rejudges.
 */
@Service
class SubmissionLedger implements SubmissionRecords, Rejudging {

	private final SubmissionQueue queue;

	private final ResultJson resultJson;

	private final JudgeWorkers workers;

	SubmissionLedger(SubmissionQueue queue, ResultJson resultJson, JudgeWorkers workers) {
		this.queue = queue;
		this.resultJson = resultJson;
		this.workers = workers;
	}

	@Override
	public List<SubmissionRecord> judged(String username, String problem) {
		return this.queue.judged(username, problem).stream().map((stored) -> {
			ResultJson.StoredResult result = this.resultJson.read(stored.resultJson());
			return new SubmissionRecord(stored.id(), stored.username(), stored.problem(), stored.verdict(),
					(stored.score() != null) ? stored.score() : 0, result.timeMillis(), stored.createdAt(),
					stored.finishedAt(), result.scores());
		}).toList();
	}

	@Override
	public boolean superseded(long id, Instant judgedAt) {
		return this.queue.superseded(id, judgedAt);
	}

	@Override
	public int rejudgeProblem(String problem) {
		int queued = this.queue.requeueForRejudge(problem, null);
		this.workers.wakeUp();
		return queued;
	}

	@Override
	public boolean rejudgeSubmission(long id) {
		boolean queued = this.queue.requeueForRejudge(null, id) == 1;
		this.workers.wakeUp();
		return queued;
	}

	@Override
	public RejudgeProgress progress(String problem) {
		return new RejudgeProgress(this.queue.pendingRejudges(problem));
	}

}
