package com.mljudge.submissions.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Objects;

import com.mljudge.problembank.ProblemBank;
import com.mljudge.support.Await;
import com.mljudge.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Prometheus scrape finds what operators watch: queue depth and oldest age, verdicts by
 * type, the submit-to-verdict histogram and sandbox kills, each tagged with the instance.
 */
@IntegrationTest
class MetricsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void prometheusScrapeHasTheJudgesMetrics() throws Exception {
		String reference = ProblemBank.loadFromClasspath().get("euclidean-distance").coding().referenceSource();
		long id = this.jdbc.queryForObject("""
				insert into submissions (user_id, problem_slug, mode, source)
				select id, 'euclidean-distance', 'SUBMIT', ? from users where username = 'admin' returning id""",
				Long.class, reference);
		String verdict = Await.until("submission " + id + "'s verdict",
				() -> this.jdbc.queryForObject("select verdict from submissions where id = ?", String.class, id),
				Objects::nonNull);
		assertThat(verdict).isEqualTo("ACCEPTED");

		HttpResponse<String> scrape = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/prometheus")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).containsPattern("(?m)^judge_queue_depth\\{[^}]*app_instance=\"[^\"]+\"")
			.containsPattern("(?m)^judge_queue_running\\{")
			.containsPattern("(?m)^judge_queue_oldest_age_seconds\\{")
			.containsPattern("(?m)^judge_verdicts_total\\{[^}]*verdict=\"ACCEPTED\"[^}]*\\} [1-9]")
			.containsPattern("(?m)^judge_verdict_latency_seconds_bucket\\{[^}]*mode=\"SUBMIT\"")
			.containsPattern("(?m)^judge_sandbox_kills_total\\{[^}]*reason=\"time\"");
	}

}
