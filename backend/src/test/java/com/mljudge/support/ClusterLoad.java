package com.mljudge.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.mljudge.problembank.ProblemBank;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bounded load benchmark on loopback, run by hand (never by the build; see
 * BENCHMARKS.md): starts instances on one throw-away PostgreSQL, then {@code clients}
 * clients each submit the k-means reference and wait for its verdict ({@code ?wait=30}),
 * one after another, spread over the instances. After a warm-up it reports verdicts per
 * second and the submit-to-verdict latency the clients saw.
 * <p>
 * Arguments: instances, workers per instance, clients, warm-up submissions, measured
 * submissions; e.g. {@code 2 1 4 40 200}.
 */
public final class ClusterLoad {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ClusterLoad() {
	}

	public static void main(String[] args) throws Exception {
		int instances = Integer.parseInt(args[0]);
		int workers = Integer.parseInt(args[1]);
		int clients = Integer.parseInt(args[2]);
		int warmUp = Integer.parseInt(args[3]);
		int measured = Integer.parseInt(args[4]);
		List<Map<String, Object>> each = new ArrayList<>();
		for (int i = 0; i < instances; i++) {
			each.add(Map.of("judge.instance.name", "load-" + i));
		}
		Map<String, Object> shared = new HashMap<>();
		shared.put("judge.workers.count", workers);
		shared.put("judge.rate-limit.per-minute", 1_000_000);
		shared.put("judge.api.open-waits-per-user", 1_000);
		shared.put("logging.level.root", "WARN");
		@SuppressWarnings("unchecked")
		Map<String, Object>[] perInstance = each.toArray(Map[]::new);
		try (Cluster cluster = Cluster.start(shared, perInstance)) {
			String source = ProblemBank.loadFromClasspath().get("kmeans").coding().referenceSource();
			String token = token(cluster.instance(0).port());
			List<Integer> ports = new ArrayList<>();
			for (int i = 0; i < instances; i++) {
				ports.add(cluster.instance(i).port());
			}
			run(ports, token, source, clients, warmUp);
			long started = System.nanoTime();
			List<Long> latencies = run(ports, token, source, clients, measured);
			double seconds = (System.nanoTime() - started) / 1e9;
			Collections.sort(latencies);
			System.out.printf(
					"%d instance(s) x %d worker(s), %d clients: %d verdicts in %.1f s = %.1f verdicts/s;"
							+ " submit-to-verdict p50 %d ms, p99 %d ms, max %d ms%n",
					instances, workers, clients, measured, seconds, measured / seconds, percentile(latencies, 50),
					percentile(latencies, 99), latencies.get(latencies.size() - 1));
		}
	}

	/**
	 * Submits {@code count} times in all and answers each submit-to-verdict time (ms).
	 */
	private static List<Long> run(List<Integer> ports, String token, String source, int clients, int count)
			throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		AtomicInteger left = new AtomicInteger(count);
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<List<Long>>> results = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int client = c;
			results.add(pool.submit(() -> {
				List<Long> mine = new ArrayList<>();
				for (int n = client; left.getAndDecrement() > 0; n++) {
					String base = "http://localhost:" + ports.get(n % ports.size());
					long start = System.nanoTime();
					HttpResponse<String> queued = http
						.send(HttpRequest.newBuilder(URI.create(base + "/api/submissions"))
							.header("Authorization", token)
							.header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers
								.ofString(JSON.writeValueAsString(Map.of("problem", "kmeans", "source", source))))
							.build(), HttpResponse.BodyHandlers.ofString());
					if (queued.statusCode() != 202) {
						throw new IllegalStateException("submit answered " + queued.statusCode() + " " + queued.body());
					}
					long id = JSON.readTree(queued.body()).get("id").asLong();
					// The verdict may be waited for on the other instance than the one
					// that
					// queued it.
					String other = "http://localhost:" + ports.get((n + 1) % ports.size());
					String status;
					do {
						status = http
							.send(HttpRequest.newBuilder(URI.create(other + "/api/submissions/" + id + "?wait=30"))
								.header("Authorization", token)
								.build(), HttpResponse.BodyHandlers.ofString())
							.body();
					}
					while (!status.contains("\"status\":\"DONE\""));
					if (!status.contains("ACCEPTED")) {
						throw new IllegalStateException("the reference was not accepted: " + status);
					}
					mine.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
				}
				return mine;
			}));
		}
		List<Long> all = new ArrayList<>();
		for (Future<List<Long>> result : results) {
			all.addAll(result.get());
		}
		pool.shutdown();
		return all;
	}

	private static String token(int port) throws Exception {
		HttpResponse<String> created = new SiteClient(port).json("POST", "/api/tokens", "{\"name\": \"load\"}",
				SiteClient.basic("admin", TestDatabase.ADMIN_PASSWORD));
		return "Bearer " + JSON.readTree(created.body()).get("token").asString();
	}

	private static long percentile(List<Long> sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

}
