package com.mljudge.problems;

import java.util.List;

/**
 * A problem as a catalog row shows it; {@code status} is the caller's solved, attempted
 * or new, null when nobody is signed in.
 */
public record ProblemSummary(String slug, String kind, String title, String difficulty, List<String> topics,
		String status) {
}
