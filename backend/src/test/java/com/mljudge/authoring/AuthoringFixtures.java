package com.mljudge.authoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.mljudge.accounts.AccountRoles;
import com.mljudge.accounts.Role;
import com.mljudge.support.SiteClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fresh accounts with roles, a small coding problem as files, and zips over real HTTP.
 */
public final class AuthoringFixtures {

	static final String PASSWORD = "a-fine-password-9";

	private final int port;

	private final AccountRoles roles;

	public AuthoringFixtures(int port, AccountRoles roles) {
		this.port = port;
		this.roles = roles;
	}

	/** Registers a fresh account through the real form and grants it the roles. */
	String newAccount(Role... granted) {
		String name = "au" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		HttpResponse<String> registered = new SiteClient(this.port).submit("/register", "/register",
				Map.of("username", name, "password", PASSWORD, "confirmation", PASSWORD));
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);
		for (Role role : granted) {
			this.roles.grant(name, role);
		}
		return name;
	}

	SiteClient signedIn(String name, String password) {
		SiteClient client = new SiteClient(this.port);
		assertThat(client.signIn(name, password).headers().firstValue("Location").orElseThrow())
			.doesNotContain("error");
		return client;
	}

	public static String uniqueSlug(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
	}

	/**
	 * A small coding problem that validates: sum the values (or, with {@code mean},
	 * average them).
	 */
	public static Map<String, String> sumProblem(String slug, boolean mean) {
		StringBuilder tests = new StringBuilder("  - {name: s1, sample: true, args: [[1.0, 2.0, 3.0]]}\n");
		for (int i = 1; i <= 8; i++) {
			tests.append("  - {name: h")
				.append(i)
				.append(", args: [[")
				.append(i)
				.append(".5, ")
				.append(-i)
				.append(".0, 4.0]]}\n");
		}
		tests.append(
				"  - {name: big, weight: 2, args: [{gen: random-doubles, seed: 3, n: 1000, min: -1.0, max: 1.0}]}\n");
		Map<String, String> files = new TreeMap<>();
		files.put("problem.yaml", """
				slug: %s
				kind: coding
				title: %s
				difficulty: easy
				topics: [statistics]
				entry:
				  class: Solution
				  signature: "double total(double[] values)"
				checker:
				  type: tolerance
				  atol: 1.0e-6
				hints: ["Add them up.", "One pass is enough."]
				tests:
				%swrong:
				  - {file: wrong/Zero.java, expected: WRONG_ANSWER, why: "returns zero"}
				accepted:
				  - {file: accepted/Streams.java, why: "adds up with a stream"}
				""".formatted(slug, mean ? "Mean of values" : "Sum of values", tests));
		files.put("statement.md",
				"Return the " + (mean ? "mean" : "sum") + " of `values`.\n\n`double total(double[] values)`\n");
		files.put("explanation.md", "One pass over the values.\n");
		files.put("starter/Solution.java", source("return 0;"));
		files.put("wrong/Zero.java", source("return 0;"));
		files.put("accepted/Streams.java", "import java.util.Arrays;\n" + source(
				mean ? "return Arrays.stream(values).average().orElse(0);" : "return Arrays.stream(values).sum();"));
		files.put("reference/Solution.java", source(mean ? SUM + " return s / values.length;" : SUM + " return s;"));
		return files;
	}

	/**
	 * A conceptual item that validates: a question, a model answer of about 180 words,
	 * key points and a quiz.
	 */
	static Map<String, String> conceptualProblem(String slug) {
		Map<String, String> files = new TreeMap<>();
		files.put("problem.yaml",
				"""
						slug: %s
						kind: conceptual
						title: Why hold out a validation set
						difficulty: easy
						topics: [model-evaluation]
						related: [bias-variance-tradeoff]
						keyPoints:
						  - "Training error is optimistic"
						  - "Tuning on the test set leaks it"
						  - "A separate validation split picks hyperparameters"
						quiz:
						  - {type: choice, question: "Which split picks hyperparameters?", options: ["validation", "test"], answer: 0, explanation: "The test set is only for the final estimate."}
						  - {type: number, question: "Share of data often kept for testing?", answer: 0.2, tolerance: 0.1, explanation: "Around a fifth is common."}
						"""
					.formatted(slug));
		files.put("statement.md", "Why do we keep a validation set apart from the training and test sets?\n");
		files.put("answer.md", "A model fitted to data always looks better on that data than on new data. ".repeat(12)
				+ "So we keep a validation split to compare settings, and touch the test split only once at the end.\n");
		return files;
	}

	static final String SUM = "double s = 0; for (double v : values) { s += v; }";

	static String source(String body) {
		return "public class Solution {\n    public static double total(double[] values) {\n        " + body
				+ "\n    }\n}\n";
	}

	public static byte[] zip(Map<String, Map<String, String>> folders) {
		return zip(folders, null, null);
	}

	/** The folders, plus one entry of raw bytes when {@code rawName} is not null. */
	static byte[] zip(Map<String, Map<String, String>> folders, String rawName, byte[] raw) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			if (rawName != null) {
				zip.putNextEntry(new ZipEntry(rawName));
				zip.write(raw);
				zip.closeEntry();
			}
			for (Map.Entry<String, Map<String, String>> folder : folders.entrySet()) {
				for (Map.Entry<String, String> file : folder.getValue().entrySet()) {
					zip.putNextEntry(new ZipEntry(folder.getKey() + "/" + file.getKey()));
					zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
					zip.closeEntry();
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return bytes.toByteArray();
	}

	HttpResponse<byte[]> getBytes(String path, String authorization) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", authorization)
			.GET()
			.build());
	}

	public HttpResponse<byte[]> postZip(String path, byte[] zip, String authorization) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", authorization)
			.header("Content-Type", "application/zip")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(zip))
			.build());
	}

	private static HttpResponse<byte[]> send(HttpRequest request) {
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
