package com.mljudge.web;

import java.net.http.HttpResponse;
import java.util.Arrays;

import com.mljudge.refusals.Refusal;
import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SiteClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's refusal leaves the API as problem+json with the status its reason maps to,
 * and a page as the site's error page for that status.
 */
@IntegrationTest
class RefusalResponsesTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void everyReasonIsAnErrorStatusAndOnlyUnavailableIsTheServers() {
		for (Refusal.Reason reason : Refusal.Reason.values()) {
			HttpStatus status = ApiExceptionHandler.status(reason);
			if (reason == Refusal.Reason.UNAVAILABLE) {
				assertThat(status).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
			}
			else {
				assertThat(status.is4xxClientError()).as(reason.name()).isTrue();
			}
		}
		assertThat(Arrays.stream(Refusal.Reason.values()).map(ApiExceptionHandler::status).distinct())
			.hasSize(Refusal.Reason.values().length);
	}

	@Test
	void anApiRefusalIsProblemJsonWithTitleDetailAndInstance() {
		HttpResponse<String> unknown = new SiteClient(this.port).json("GET", "/api/problems/no-such-problem", null,
				null);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		JsonNode body = this.json.readTree(unknown.body());
		assertThat(body.get("status").asInt()).isEqualTo(404);
		assertThat(body.get("title").asString()).isEqualTo("Unknown problem");
		assertThat(body.get("detail").asString()).isEqualTo("There is no problem 'no-such-problem'.");
		assertThat(body.get("instance").asString()).isEqualTo("/api/problems/no-such-problem");
	}

	@Test
	void aPageRefusalShowsTheErrorPageForItsStatus() {
		SiteClient site = new SiteClient(this.port);
		for (String path : new String[] { "/problems/no-such-problem", "/leaderboards/problems/no-such-problem" }) {
			HttpResponse<String> page = site.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(404);
			assertThat(page.body()).as(path).contains("Page not found").doesNotContain("no-such-problem");
		}
	}

}
