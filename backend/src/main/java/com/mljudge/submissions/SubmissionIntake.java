package com.mljudge.submissions;

/**
 * Queues a submission or run for another module (an interview's Run and Submit) through
 * the same checks, rate limit and queue as {@code POST /api/submissions} and
 * {@code /api/runs}; the verdict arrives as {@link SubmissionJudged}.
 */
public interface SubmissionIntake {

	Intake submit(String username, String problem, String source, SubmissionJudged.Mode mode);

	/**
	 * Queued with its id, or refused with an HTTP status and a reason a person can act
	 * on.
	 */
	sealed interface Intake {

		record Queued(long id) implements Intake {
		}

		record Refused(int status, String title, String detail) implements Intake {
		}

	}

}
