package com.mljudge.submissions.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import com.mljudge.web.JsonValues;

/**
 * Plot data for problems on 2-D points, drawn in the browser with Chart.js: clusters coloured by label,
 * classified test points over the training set, the fitted line over the points. Null when the problem or
 * the sample's shape has nothing sensible to draw.
 */
final class Plots {

	private Plots() {
	}

	static Map<String, Object> of(String problem, Object[] args, Object expected, Object got) {
		if (got == null) {
			return null;
		}
		return switch (problem) {
			case "kmeans" -> twoDimensional(args[0]) ? plot("clusters", Map.of("points", JsonValues.of(args[0]),
					"centroids", JsonValues.of(args[2])), expected, got) : null;
			case "knn-classifier" -> (twoDimensional(args[0]) && twoDimensional(args[2]))
					? plot("classification", Map.of("train", JsonValues.of(args[0]), "trainLabels",
							JsonValues.of(args[1]), "test", JsonValues.of(args[2])), expected, got)
					: null;
			case "linear-regression" -> oneFeature(args[0])
					? plot("regression", Map.of("x", JsonValues.of(args[0]), "y", JsonValues.of(args[1])), expected, got)
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

	private static boolean twoDimensional(Object points) {
		return points instanceof double[][] rows && rows.length > 0 && rows[0].length == 2;
	}

	private static boolean oneFeature(Object points) {
		return points instanceof double[][] rows && rows.length > 0 && rows[0].length == 1;
	}

}
