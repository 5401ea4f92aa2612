import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Submit-to-verdict latency through the JSON API, one submission at a time on an idle app: POST the source,
 * then one GET with {@code ?wait=30}, which answers as soon as the verdict is stored (no polling traffic
 * competing with the judge for the CPU). A load script, not a test: it prints percentiles for BENCHMARKS.md.
 *
 * java backend/bench/SubmitLatency.java http://localhost:8080 "Bearer mlj_..." kmeans Solution.java 60 10 [same|distinct]
 *   (base URL, Authorization header, problem, source file, submissions measured, warm-up submissions; with
 *   "distinct" every submission gets its own trailing comment, so none finds the classes of an earlier one warm)
 */
public class SubmitLatency {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String auth = args[1];
		String problem = args[2];
		String source = Files.readString(Path.of(args[3]));
		int measured = Integer.parseInt(args[4]);
		int warmUp = Integer.parseInt(args[5]);
		boolean distinct = args.length > 6 && "distinct".equals(args[6]);
		HttpClient http = HttpClient.newHttpClient();

		List<Double> millis = new ArrayList<>();
		String lastVerdict = null;
		for (int i = 0; i < warmUp + measured; i++) {
			String text = distinct ? source + "\n// submission " + i + " " + System.nanoTime() + "\n" : source;
			String body = "{\"problem\":" + quote(problem) + ",\"source\":" + quote(text) + "}";
			long start = System.nanoTime();
			HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create(base + "/api/submissions"))
				.header("Authorization", auth)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (accepted.statusCode() != 202) {
				throw new IllegalStateException("submit answered " + accepted.statusCode() + ": " + accepted.body());
			}
			Matcher id = ID.matcher(accepted.body());
			id.find();
			HttpRequest poll = HttpRequest.newBuilder(URI.create(base + "/api/submissions/" + id.group(1) + "?wait=30"))
				.header("Authorization", auth)
				.build();
			while (true) {
				String status = http.send(poll, HttpResponse.BodyHandlers.ofString()).body();
				if (status.contains("\"status\":\"DONE\"")) {
					Matcher verdict = Pattern.compile("\"verdict\":\"(\\w+)\"").matcher(status);
					lastVerdict = verdict.find() ? verdict.group(1) : "?";
					break;
				}
			}
			if (i >= warmUp) {
				millis.add((System.nanoTime() - start) / 1e6);
			}
		}
		Collections.sort(millis);
		System.out.printf("problem=%s sources=%s submissions=%d verdict=%s p50=%.1f ms p90=%.1f ms p99=%.1f ms max=%.1f ms%n",
				problem, distinct ? "distinct" : "same", measured, lastVerdict, pct(millis, 50), pct(millis, 90), pct(millis, 99),
				millis.get(millis.size() - 1));
	}

	private static double pct(List<Double> sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	private static String quote(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
