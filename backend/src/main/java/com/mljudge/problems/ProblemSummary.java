package com.mljudge.problems;

import java.util.List;

/** A problem as a catalog row shows it. */
public record ProblemSummary(String slug, String kind, String title, String difficulty, List<String> topics) {
}
