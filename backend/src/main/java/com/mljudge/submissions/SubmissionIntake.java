package com.mljudge.submissions;

import com.mljudge.judge.Language;
import com.mljudge.refusals.Refusal;

/**
 * Queues a submission or run for another module (an interview's Run and Submit) through
 * the same checks, rate limit and queue as {@code POST /api/submissions} and
 * {@code /api/runs}; the verdict arrives as {@link SubmissionJudged}.
 */
public interface SubmissionIntake {

	/**
	 * @return the queued row's id
	 * @throws com.mljudge.refusals.Refusal with a reason a person can act on (unknown
	 * problem, source too large, too many submissions...)
	 */
	long submit(String username, String problem, String source, SubmissionJudged.Mode mode, Language language);

	/**
	 * The language spelled {@code id} ({@code java}, {@code python}); null is Java.
	 * @throws com.mljudge.refusals.Refusal naming the languages there are
	 */
	Language language(String id);

}
