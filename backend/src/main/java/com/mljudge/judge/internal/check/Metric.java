package com.mljudge.judge.internal.check;

import java.util.Locale;
import java.util.TreeSet;

/**
 * Scores of predictions against ground truth. Higher is better except for log-loss.
 */
public enum Metric {

	ACCURACY(true), F1(true), R2(true), LOGLOSS(false);

	private static final double EPSILON = 1e-15;

	private final boolean higherIsBetter;

	Metric(boolean higherIsBetter) {
		this.higherIsBetter = higherIsBetter;
	}

	public boolean higherIsBetter() {
		return this.higherIsBetter;
	}

	public static Metric named(String name) {
		return switch (name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "")) {
			case "accuracy" -> ACCURACY;
			case "f1", "macrof1" -> F1;
			case "r2" -> R2;
			case "logloss", "crossentropy" -> LOGLOSS;
			default -> throw new IllegalArgumentException("unknown metric: " + name);
		};
	}

	/**
	 * The score of {@code predicted} against {@code truth}; both 1-D numeric arrays of
	 * equal length.
	 */
	public double score(double[] predicted, double[] truth) {
		if (predicted.length != truth.length || truth.length == 0) {
			throw new IllegalArgumentException("expected " + truth.length + " predictions but got " + predicted.length);
		}
		return switch (this) {
			case ACCURACY -> accuracy(predicted, truth);
			case F1 -> macroF1(predicted, truth);
			case R2 -> r2(predicted, truth);
			case LOGLOSS -> logLoss(predicted, truth);
		};
	}

	private static double accuracy(double[] p, double[] t) {
		int hits = 0;
		for (int i = 0; i < t.length; i++) {
			hits += (p[i] == t[i]) ? 1 : 0;
		}
		return (double) hits / t.length;
	}

	/**
	 * Macro F1 over the labels seen in either array (for two classes: the mean of both
	 * F1s).
	 */
	private static double macroF1(double[] p, double[] t) {
		TreeSet<Double> labels = new TreeSet<>();
		for (int i = 0; i < t.length; i++) {
			labels.add(t[i]);
			labels.add(p[i]);
		}
		double sum = 0;
		for (double label : labels) {
			int tp = 0;
			int fp = 0;
			int fn = 0;
			for (int i = 0; i < t.length; i++) {
				boolean predicted = p[i] == label;
				boolean actual = t[i] == label;
				tp += (predicted && actual) ? 1 : 0;
				fp += (predicted && !actual) ? 1 : 0;
				fn += (!predicted && actual) ? 1 : 0;
			}
			sum += (tp == 0) ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
		}
		return sum / labels.size();
	}

	private static double r2(double[] p, double[] t) {
		double mean = 0;
		for (double v : t) {
			mean += v / t.length;
		}
		double residual = 0;
		double total = 0;
		for (int i = 0; i < t.length; i++) {
			residual += (t[i] - p[i]) * (t[i] - p[i]);
			total += (t[i] - mean) * (t[i] - mean);
		}
		return (total == 0) ? ((residual == 0) ? 1 : 0) : 1 - residual / total;
	}

	/**
	 * Binary log-loss: {@code p} are probabilities of class 1, clipped away from 0 and 1.
	 */
	private static double logLoss(double[] p, double[] t) {
		double sum = 0;
		for (int i = 0; i < t.length; i++) {
			double q = Math.min(1 - EPSILON, Math.max(EPSILON, p[i]));
			if (Double.isNaN(p[i])) {
				return Double.POSITIVE_INFINITY;
			}
			sum -= (t[i] == 1) ? Math.log(q) : Math.log(1 - q);
		}
		return sum / t.length;
	}

}
