package com.mljudge.submissions;

/**
 * Puts judged submissions back in the queue, behind fresh work. Each new verdict
 * publishes {@link SubmissionJudged} with {@code rejudge} true, so every board follows.
 */
public interface Rejudging {

	/**
	 * Queues every judged submission (mode SUBMIT) of the problem again; returns how
	 * many.
	 */
	int rejudgeProblem(String problem);

	/**
	 * Queues one judged submission again; false when there is no such judged submission.
	 */
	boolean rejudgeSubmission(long id);

	/**
	 * How many of the problem's rejudged submissions still wait for their new verdict.
	 */
	RejudgeProgress progress(String problem);

	/** Rejudged submissions of a problem still waiting (queued or running). */
	record RejudgeProgress(int pending) {
	}

}
