package com.mljudge.problems;

import java.net.http.HttpResponse;

import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SiteClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The bank is loaded into PostgreSQL at start-up and searched there. */
@IntegrationTest
class CatalogTests {

	@LocalServerPort
	int port;

	@Autowired
	ProblemCatalog catalog;

	SiteClient client;

	@BeforeEach
	void client() {
		this.client = new SiteClient(this.port);
	}

	@Test
	void everyBankProblemIsInTheCatalog() {
		CatalogPage all = this.catalog.search(new CatalogQuery(null, null, null, null, 0, 100));
		assertThat(all.problems()).extracting(ProblemSummary::slug).contains("kmeans", "word-ladder");
		assertThat(all.kindCounts()).containsKey("coding");
		assertThat(all.difficultyCounts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(all.total());
	}

	@Test
	void fullTextSearchFindsByMeaningfulWords() {
		CatalogPage found = this.catalog.search(new CatalogQuery("clusters centroids", null, null, null, 0, 20));
		assertThat(found.problems()).extracting(ProblemSummary::slug).contains("kmeans");
		CatalogPage none = this.catalog.search(new CatalogQuery("zzzqqq nothing", null, null, null, 0, 20));
		assertThat(none.total()).isZero();
	}

	@Test
	void filtersCombineAndCountsFollowTheOtherFilters() {
		CatalogPage easy = this.catalog.search(new CatalogQuery(null, "coding", "easy", null, 0, 100));
		assertThat(easy.problems()).allSatisfy((p) -> assertThat(p.difficulty()).isEqualTo("easy"));
		assertThat(easy.difficultyCounts()).containsKey("medium");
		CatalogPage topic = this.catalog.search(new CatalogQuery(null, null, null, "clustering", 0, 100));
		assertThat(topic.problems()).allSatisfy((p) -> assertThat(p.topics()).contains("clustering"));
	}

	@Test
	void catalogPageListsProblemsWithFacetsAndPaging() {
		HttpResponse<String> page = this.client.get("/problems");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"problem-list\"").contains("Difficulty");
		long total = this.catalog.search(new CatalogQuery(null, null, null, null, 0, 1)).total();
		if (total > 20) {
			assertThat(page.body()).contains("class=\"pagination\"").contains("page=1");
		}
		assertThat(this.client.get("/problems?q=clusters+centroids").body()).contains("/problems/kmeans");
		HttpResponse<String> searched = this.client.get("/problems?q=%22no+such+words+anywhere%22");
		assertThat(searched.body()).contains("id=\"no-results\"");
	}

	@Test
	void problemPageRendersTheStatementHintsAndStarter() {
		HttpResponse<String> page = this.client.get("/problems/kmeans");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"statement\"")
			.contains("<p>")
			.contains("Hint 1")
			.contains("id=\"source\"")
			.contains("cluster(");
	}

	@Test
	void conceptualItemsOpenInPractice() {
		HttpResponse<String> page = this.client.get("/problems/bias-variance-tradeoff");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElseThrow())
			.endsWith("/practice/questions/bias-variance-tradeoff");
	}

	@Test
	void anonymousBrowsingCreatesNoSession() {
		assertThat(this.client.get("/problems").headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(this.client.get("/problems/kmeans").headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void unknownProblemGetsTheSitesNotFoundPage() {
		HttpResponse<String> page = this.client.get("/problems/no-such-problem");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Page not found");
	}

	@Test
	void hostileSearchTextIsJustText() {
		HttpResponse<String> page = this.client.get("/problems?q=%27%3B+drop+table+problems%3B+--+%3Cscript%3E");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("<script>");
		assertThat(this.catalog.search(new CatalogQuery(null, null, null, null, 0, 5)).total()).isPositive();
	}

}
