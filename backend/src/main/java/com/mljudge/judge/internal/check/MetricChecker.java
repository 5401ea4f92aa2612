package com.mljudge.judge.internal.check;

import com.mljudge.judge.CheckOutcome;
import com.mljudge.judge.Checker;
import com.mljudge.judge.TestCase;

/**
 * The user's predictions must score within {@code delta} of the reference's on the test's
 * held-out {@code truth} (higher-is-better metrics may beat it by any margin).
 */
public final class MetricChecker implements Checker {

	private final Metric metric;

	private final double delta;

	public MetricChecker(Metric metric, double delta) {
		this.metric = metric;
		this.delta = delta;
	}

	@Override
	public CheckOutcome check(TestCase test, Object expected, Object actual) {
		double[] truth = Values.numbers(test.truth());
		if (truth == null) {
			throw new IllegalStateException("metric checker needs the test's truth as a numeric array: " + test.name());
		}
		double[] predicted = Values.numbers(actual);
		if (predicted == null || predicted.length != truth.length) {
			return CheckOutcome.fail("expected " + truth.length + " predictions but got " + Values.shape(actual));
		}
		double reference = this.metric.score(Values.numbers(expected), truth);
		double score = this.metric.score(predicted, truth);
		String scores = String.format(java.util.Locale.ROOT, "%s %.4f (reference %.4f, allowed delta %.4f)",
				this.metric.name().toLowerCase(java.util.Locale.ROOT), score, reference, this.delta);
		boolean passed = this.metric.higherIsBetter() ? score >= reference - this.delta
				: score <= reference + this.delta;
		return passed ? new CheckOutcome(true, scores) : CheckOutcome.fail(scores);
	}

}
