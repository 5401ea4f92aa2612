package com.mljudge.problems.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import com.mljudge.problems.CatalogQuery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogLinksTests {

	private final CatalogQuery query = new CatalogQuery("c++ k-means & more", "coding", null, "clustering", null,
			"someone", 1, 20);

	private final CatalogLinks links = new CatalogLinks("", this.query);

	@Test
	void aChoiceTogglesItsFacetAndKeepsTheOtherFilters() {
		Map<String, Long> topics = new LinkedHashMap<>();
		topics.put("clustering", 3L);
		topics.put("regression", 2L);
		assertThat(this.links.options("topic", topics)).containsExactly(
				new CatalogLinks.Option("clustering", 3, true, "/problems?q=c%2B%2B+k-means+%26+more&kind=coding"),
				new CatalogLinks.Option("regression", 2, false,
						"/problems?q=c%2B%2B+k-means+%26+more&kind=coding&topic=regression"));
		assertThat(this.links.options("status", Map.of("solved", 1L))).singleElement()
			.satisfies((o) -> assertThat(o.href()).endsWith("&topic=clustering&status=solved"));
	}

	@Test
	void pagesKeepEveryFilterAndMarkTheCurrentOne() {
		assertThat(this.links.pages(3)).extracting(CatalogLinks.Page::active).containsExactly(false, true, false);
		assertThat(this.links.pages(3).get(2).href())
			.isEqualTo("/problems?q=c%2B%2B+k-means+%26+more&kind=coding&topic=clustering&page=2");
		assertThat(new CatalogLinks("/judge", new CatalogQuery(" ", null, null, null, 0, 20)).pages(1).get(0).href())
			.as("blank filters are left out; the context path leads")
			.isEqualTo("/judge/problems?page=0");
	}

}
