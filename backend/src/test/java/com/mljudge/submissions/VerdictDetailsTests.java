package com.mljudge.submissions;

import java.net.http.HttpResponse;

import com.mljudge.support.IntegrationTest;
import com.mljudge.support.SignedInLearner;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a verdict shows besides pass or fail: tests never started after a kill say so, a
 * huge returned value is cut with a note, and the problem page states its limits.
 */
@IntegrationTest
class VerdictDetailsTests extends SignedInLearner {

	VerdictDetailsTests() {
		super("v");
	}

	@Test
	void testsAfterATimeLimitKillShowNotRun() {
		// kmeans's third test has a single point: the loop spins there, the tests after
		// it
		// never start.
		String source = """
				public class Solution {
				    public static int[] cluster(double[][] points, int k, double[][] initialCentroids) {
				        long spins = 0;
				        while (points.length == 1) { spins++; }
				        return new int[points.length + (int) spins];
				    }
				}
				""";
		JsonNode done = submit("kmeans", source);
		JsonNode tests = done.get("tests");
		assertThat(tests.get(2).get("verdict").asString()).isEqualTo("TIME_LIMIT_EXCEEDED");
		assertThat(tests.get(2).get("timeMillis").isNumber()).isTrue();
		for (int i = 3; i < tests.size(); i++) {
			assertThat(tests.get(i).get("verdict").asString()).as(tests.get(i).toString()).isEqualTo("NOT_RUN");
			assertThat(tests.get(i).get("timeMillis").isNull()).as(tests.get(i).toString()).isTrue();
		}
		String page = this.site.get("/submissions/" + done.get("id").asLong()).body();
		assertThat(page).contains(">not run<").contains("verdict-NOT_RUN");
	}

	@Test
	void aHugeReturnedValueIsCutWithANote() {
		String source = """
				public class Solution {
				    public static int[] cluster(double[][] points, int k, double[][] initialCentroids) {
				        return new int[3_000_000];
				    }
				}
				""";
		JsonNode done = submit("kmeans", source);
		JsonNode sample = done.get("tests").get(0);
		assertThat(sample.get("actual").size()).isEqualTo(1000);
		assertThat(sample.get("actualNote").asString()).isEqualTo("first 1000 values of 3000000");
		String page = this.site.get("/submissions/" + done.get("id").asLong()).body();
		assertThat(page).contains("(first 1000 values of 3000000)");
		assertThat(page.length()).isLessThan(200_000);
	}

	@Test
	void theProblemPageShowsItsCpuAndMemoryLimits() {
		String page = this.site.get("/problems/kmeans").body();
		assertThat(page).contains("CPU time: <span>2000</span> ms per test").contains("Memory: <span>256</span> MiB");
	}

	private JsonNode submit(String problem, String source) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("problem", problem);
		body.put("source", source);
		HttpResponse<String> accepted = this.site.json("POST", "/api/submissions", body.toString(), this.user);
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		long id = this.json.readTree(accepted.body()).get("id").asLong();
		return this.json.readTree(this.site.awaitJudged(id, this.user));
	}

}
