package com.mljudge.interviews;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mljudge.accounts.AccountRoles;
import com.mljudge.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Keystroke-to-interviewer latency with 50 interviews at once, over loopback: each
 * candidate saves its code every 500 ms (the page's debounce) for 30 s, each interviewer
 * holds the event stream open, and every save is timed from the moment its request is
 * sent to the moment the interviewer's stream shows that code. Not part of the suite (the
 * name does not end in Tests) and asserts nothing about time; run it with
 * {@code ./mvnw -B -q -pl backend -am test -Dtest=InterviewLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * and read target/interview-latency.txt.
 */
@IntegrationTest
class InterviewLatencyBenchmark {

	static final int INTERVIEWS = Integer.getInteger("interviews", 50);

	static final long SECONDS = Long.getLong("seconds", 30);

	static final long SAVE_EVERY_MILLIS = 500;

	private static final Pattern KEY = Pattern.compile("key (\\d+)");

	@LocalServerPort
	int port;

	@Autowired
	AccountRoles roles;

	@Test
	void measure() throws Exception {
		InterviewFixtures fx = new InterviewFixtures(this.port, this.roles);
		HttpClient http = HttpClient.newBuilder().executor(Executors.newCachedThreadPool()).build();
		List<long[]> ids = new ArrayList<>();
		List<String[]> tokens = new ArrayList<>();
		for (int i = 0; i < INTERVIEWS; i++) {
			String interviewer = fx.interviewer("bi");
			String candidate = fx.user("bc");
			long id = fx.create(interviewer, candidate, "euclidean-distance", 60);
			fx.ok(200, "POST", "/api/interviews/" + id + "/start", null, interviewer);
			ids.add(new long[] { id });
			tokens.add(new String[] { token(fx, interviewer), token(fx, candidate) });
		}
		// sent.get(interview).get(key) = nanoTime the save was sent
		Map<Long, Map<Integer, Long>> sent = new ConcurrentHashMap<>();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch connected = new CountDownLatch(INTERVIEWS);
		ExecutorService readers = Executors.newFixedThreadPool(INTERVIEWS);
		for (int i = 0; i < INTERVIEWS; i++) {
			long id = ids.get(i)[0];
			String bearer = "Bearer " + tokens.get(i)[0];
			sent.put(id, new ConcurrentHashMap<>());
			readers.execute(() -> read(http, id, bearer, sent.get(id), latencies, connected));
		}
		connected.await(60, TimeUnit.SECONDS);
		ExecutorService typists = Executors.newFixedThreadPool(INTERVIEWS);
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
		for (int i = 0; i < INTERVIEWS; i++) {
			long id = ids.get(i)[0];
			String bearer = "Bearer " + tokens.get(i)[1];
			long offset = (SAVE_EVERY_MILLIS * i) / INTERVIEWS;
			typists.execute(() -> type(http, id, bearer, sent.get(id), end, offset));
		}
		typists.shutdown();
		typists.awaitTermination(SECONDS + 60, TimeUnit.SECONDS);
		Thread.sleep(2000);
		readers.shutdownNow();
		report(latencies, sent.values().stream().mapToInt(Map::size).sum());
	}

	private void type(HttpClient http, long id, String bearer, Map<Integer, Long> sent, long end, long offset) {
		try {
			Thread.sleep(offset);
			String base = "class Solution {\\n  // ";
			for (int key = 1; System.nanoTime() < end; key++) {
				String body = "{\"position\":0,\"text\":\"" + base + "x".repeat(key % 40) + " key " + key + "\"}";
				HttpRequest request = HttpRequest
					.newBuilder(URI.create("http://localhost:" + this.port + "/api/interviews/" + id + "/work"))
					.header("Authorization", bearer)
					.header("Content-Type", "application/json")
					.PUT(HttpRequest.BodyPublishers.ofString(body))
					.build();
				sent.put(key, System.nanoTime());
				http.send(request, HttpResponse.BodyHandlers.discarding());
				Thread.sleep(SAVE_EVERY_MILLIS);
			}
		}
		catch (IOException | InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void read(HttpClient http, long id, String bearer, Map<Integer, Long> sent, List<Long> latencies,
			CountDownLatch connected) {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/interviews/" + id + "/events"))
			.header("Authorization", bearer)
			.header("Accept", "text/event-stream")
			.build();
		try {
			HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
				connected.countDown();
				int seen = 0;
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					long now = System.nanoTime();
					if (!line.startsWith("data:")) {
						continue;
					}
					Matcher key = KEY.matcher(line);
					if (key.find()) {
						int shown = Integer.parseInt(key.group(1));
						// A push may skip saves merged into one read: each newly shown
						// save counts once.
						if (shown > seen) {
							Long at = sent.get(shown);
							if (at != null) {
								latencies.add(now - at);
							}
							seen = shown;
						}
					}
				}
			}
		}
		catch (IOException | InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String token(InterviewFixtures fx, String user) {
		return fx.ok(201, "POST", "/api/tokens", Map.of("name", "bench"), user).get("token").asString();
	}

	private static void report(List<Long> latencies, int saves) throws IOException {
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		String text;
		if (sorted.isEmpty()) {
			text = "no latencies measured (saves sent: " + saves + ")\n";
		}
		else {
			text = String.format(
					"interviews=%d seconds=%d saves=%d shown=%d p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms cores=%d%n",
					INTERVIEWS, SECONDS, saves, sorted.size(), ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99),
					sorted.get(sorted.size() - 1) / 1e6, Runtime.getRuntime().availableProcessors());
		}
		System.out.println("INTERVIEW LATENCY " + text);
		Files.writeString(Path.of("target", "interview-latency.txt"), text);
	}

	private static double ms(List<Long> sorted, double quantile) {
		int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
		return sorted.get(Math.max(0, index)) / 1e6;
	}

}
