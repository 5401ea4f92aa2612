package com.mljudge.problems.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.mljudge.problems.CatalogQuery;

/**
 * The catalog page's links: every facet choice links to the same search with that choice
 * toggled (on, or off when it is the current one) and the other filters kept; pages keep
 * every filter. Built here once per page instead of a Thymeleaf link expression with five
 * parameters per choice (some seventy per page), which was the largest part of rendering
 * the catalog (JFR).
 */
final class CatalogLinks {

	/**
	 * One choice of a facet: its count, whether it is the current filter, and the link
	 * that toggles it.
	 */
	record Option(String value, long count, boolean active, String href) {
	}

	/** One page of the results ({@code index} from 0). */
	record Page(int index, boolean active, String href) {
	}

	private final String base;

	private final CatalogQuery query;

	CatalogLinks(String contextPath, CatalogQuery query) {
		this.base = contextPath + "/problems";
		this.query = query;
	}

	/** {@code facet} is kind, difficulty, topic or status. */
	List<Option> options(String facet, Map<String, Long> counts) {
		String current = current(facet);
		List<Option> options = new ArrayList<>(counts.size());
		counts.forEach((value, count) -> {
			boolean active = value.equals(current);
			options.add(new Option(value, count, active, href(facet, active ? null : value, null)));
		});
		return options;
	}

	List<Page> pages(int pageCount) {
		List<Page> pages = new ArrayList<>(pageCount);
		for (int i = 0; i < pageCount; i++) {
			pages.add(new Page(i, i == this.query.page(), href(null, null, i)));
		}
		return pages;
	}

	private String current(String facet) {
		switch (facet) {
			case "kind":
				return this.query.kind();
			case "difficulty":
				return this.query.difficulty();
			case "topic":
				return this.query.topic();
			case "status":
				return this.query.status();
			default:
				throw new IllegalArgumentException("no facet " + facet);
		}
	}

	/**
	 * The search with {@code facet} set to {@code value} (null: left out) and the others
	 * as they are.
	 */
	private String href(String facet, String value, Integer page) {
		StringBuilder href = new StringBuilder(this.base);
		param(href, "q", this.query.text());
		param(href, "kind", Objects.equals(facet, "kind") ? value : this.query.kind());
		param(href, "difficulty", Objects.equals(facet, "difficulty") ? value : this.query.difficulty());
		param(href, "topic", Objects.equals(facet, "topic") ? value : this.query.topic());
		param(href, "status", Objects.equals(facet, "status") ? value : this.query.status());
		if (page != null) {
			param(href, "page", page.toString());
		}
		return href.toString();
	}

	private static void param(StringBuilder href, String name, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		href.append((href.indexOf("?") < 0) ? '?' : '&')
			.append(name)
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
	}

}
