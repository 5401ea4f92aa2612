package com.mljudge.problems;

import java.util.List;
import java.util.Map;

/**
 * One page of catalog results, with how many problems each filter value would give
 * alongside the other filters, so the page can show counts next to every choice.
 */
public record CatalogPage(List<ProblemSummary> problems, long total, int page, int pageSize,
		Map<String, Long> kindCounts, Map<String, Long> difficultyCounts, Map<String, Long> topicCounts,
		Map<String, Long> statusCounts) {

	public int pageCount() {
		return (int) Math.max(1, (this.total + this.pageSize - 1) / this.pageSize);
	}

}
