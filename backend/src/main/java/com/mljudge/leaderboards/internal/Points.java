package com.mljudge.leaderboards.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a first accepted solve is worth: harder problems weigh more, so a board is not
 * just a solve count.
 */
final class Points {

	static final int EASY = 10;

	static final int MEDIUM = 20;

	static final int HARD = 40;

	private Points() {
	}

	static int forDifficulty(String difficulty) {
		if ("hard".equals(difficulty)) {
			return HARD;
		}
		return "medium".equals(difficulty) ? MEDIUM : EASY;
	}

	/** The scale as pages and the API show it. */
	static Map<String, Integer> scale() {
		Map<String, Integer> scale = new LinkedHashMap<>();
		scale.put("easy", EASY);
		scale.put("medium", MEDIUM);
		scale.put("hard", HARD);
		return scale;
	}

}
