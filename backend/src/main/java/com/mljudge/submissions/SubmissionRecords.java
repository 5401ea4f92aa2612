package com.mljudge.submissions;

import java.time.Instant;
import java.util.List;

/**
 * The read side other modules may use: a user's judged submissions to one problem, oldest
 * first. Boards use it to recompute one (user, problem) standing after a rejudge instead
 * of re-reading every submission.
 */
public interface SubmissionRecords {

	List<SubmissionRecord> judged(String username, String problem);

	/**
	 * Whether the judgement stored at {@code judgedAt} is no longer the submission's own:
	 * it was rejudged since, or waits in the queue for a rejudge. An event delivered
	 * again after a crash may be such an old one; a submission this module does not know
	 * is not superseded.
	 */
	boolean superseded(long id, Instant judgedAt);

	/** A judged submission (mode SUBMIT) as boards see it. */
	record SubmissionRecord(long id, String username, String problem, String verdict, int score, long timeMillis,
			Instant submittedAt, Instant judgedAt, List<SubmissionJudged.TestScore> tests) {

		public SubmissionRecord {
			tests = List.copyOf(tests);
		}

	}

}
