package com.mljudge.submissions.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import com.mljudge.web.JsonValues;

/**
 * Plot data for problems on 2-D points, drawn in the browser with Chart.js: clusters
 * coloured by label, classified test points over the training set, the fitted line over
 * the points, a logistic decision boundary over points coloured by class, principal
 * components as arrows from the mean. Null when the problem or the sample's shape has
 * nothing sensible to draw.
 */
final class Plots {

	private Plots() {
	}

	static Map<String, Object> of(String problem, Object[] args, Object expected, Object got) {
		if (got == null) {
			return null;
		}
		return switch (problem) {
			case "kmeans" -> twoDimensional(args[0]) ? plot("clusters",
					Map.of("points", JsonValues.of(args[0]), "centroids", JsonValues.of(args[2])), expected, got)
					: null;
			case "knn-classifier" -> (twoDimensional(args[0]) && twoDimensional(args[2]))
					? plot("classification", Map.of("train", JsonValues.of(args[0]), "trainLabels",
							JsonValues.of(args[1]), "test", JsonValues.of(args[2])), expected, got)
					: null;
			case "linear-regression" -> oneFeature(args[0]) ? plot("regression",
					Map.of("x", JsonValues.of(args[0]), "y", JsonValues.of(args[1])), expected, got) : null;
			// The coefficients [b, w1, w2] give a boundary line on 2-D points; on one
			// feature, a sigmoid curve.
			case "logistic-regression" -> (twoDimensional(args[0]) || oneFeature(args[0])) ? plot("logistic",
					Map.of("points", JsonValues.of(args[0]), "labels", JsonValues.of(args[1])), expected, got) : null;
			// Only labels come back, so the test points show their predicted class over
			// the training set.
			case "logistic-classifier" -> (twoDimensional(args[0]) && twoDimensional(args[2]))
					? plot("classification", Map.of("train", JsonValues.of(args[0]), "trainLabels",
							JsonValues.of(args[1]), "test", JsonValues.of(args[2])), expected, got)
					: null;
			case "pca" -> twoDimensional(args[0]) ? plot("pca",
					Map.of("points", JsonValues.of(args[0]), "mean", JsonValues.of(mean(args[0]))), expected, got)
					: null;
			default -> null;
		};
	}

	private static Map<String, Object> plot(String type, Map<String, Object> data, Object expected, Object got) {
		Map<String, Object> plot = new LinkedHashMap<>(data);
		plot.put("type", type);
		plot.put("expected", expected);
		plot.put("got", got);
		return plot;
	}

	/** Column means: PCA's components start there. */
	private static double[] mean(Object points) {
		double[][] rows = (double[][]) points;
		double[] mean = new double[rows[0].length];
		for (double[] row : rows) {
			for (int j = 0; j < mean.length; j++) {
				mean[j] += row[j];
			}
		}
		for (int j = 0; j < mean.length; j++) {
			mean[j] /= rows.length;
		}
		return mean;
	}

	private static boolean twoDimensional(Object points) {
		return width(points) == 2;
	}

	private static boolean oneFeature(Object points) {
		return width(points) == 1;
	}

	/**
	 * The common row length; -1 when there are no rows or they differ (typed input may be
	 * ragged).
	 */
	private static int width(Object points) {
		if (!(points instanceof double[][] rows) || rows.length == 0) {
			return -1;
		}
		for (double[] row : rows) {
			if (row == null || row.length != rows[0].length) {
				return -1;
			}
		}
		return rows[0].length;
	}

}
