package com.mljudge.problems;

/**
 * A catalog search: free text (PostgreSQL full-text search) and exact filters; null or
 * blank means "any". {@code status} (solved, attempted, new) needs {@code username}.
 * Pages are numbered from 0.
 */
public record CatalogQuery(String text, String kind, String difficulty, String topic, String status, String username,
		int page, int pageSize) {

	public CatalogQuery {
		page = Math.max(0, page);
		pageSize = Math.min(100, Math.max(1, pageSize));
	}

	public CatalogQuery(String text, String kind, String difficulty, String topic, int page, int pageSize) {
		this(text, kind, difficulty, topic, null, null, page, pageSize);
	}

}
