package com.mljudge.contests;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.mljudge.support.Await;
import com.mljudge.support.SiteClient;
import com.mljudge.support.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What contest tests share: fresh users (so nobody else's results leak in), contests
 * created over the real API, submissions, and waiting for the asynchronous board to catch
 * up.
 */
public final class ContestFixtures {

	public static final String ADMIN = SiteClient.basic("admin", TestDatabase.ADMIN_PASSWORD);

	public static final String PASSWORD = "contest-pass-77";

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private final SiteClient client;

	private final int port;

	public ContestFixtures(int port) {
		this.port = port;
		this.client = new SiteClient(port);
	}

	public SiteClient client() {
		return this.client;
	}

	/** Registers a new account through the real form and returns its name. */
	public String newUser(String prefix) {
		String name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		SiteClient site = new SiteClient(this.port);
		HttpResponse<String> registered = site.submit("/register", "/register",
				Map.of("username", name, "password", PASSWORD, "confirmation", PASSWORD));
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);
		return name;
	}

	public static String basic(String user) {
		return SiteClient.basic(user, PASSWORD);
	}

	/**
	 * Now, to the second: the database keeps microseconds, the API echoes what it keeps.
	 */
	public static Instant now() {
		return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
	}

	public static String uniqueSlug(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	public static ObjectNode contest(String slug, String scoring, Instant start, Instant end, int freezeMinutes,
			List<String> problems) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("slug", slug);
		body.put("title", "Contest " + slug);
		body.put("description", "A *test* contest.");
		body.put("startsAt", start.toString());
		body.put("endsAt", end.toString());
		body.put("scoring", scoring);
		body.put("freezeMinutes", freezeMinutes);
		problems.forEach(body.putArray("problems")::add);
		return body;
	}

	public JsonNode create(ObjectNode contest) {
		HttpResponse<String> created = this.client.json("POST", "/api/contests", contest.toString(), ADMIN);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return JSON.readTree(created.body());
	}

	public JsonNode update(ObjectNode contest) {
		HttpResponse<String> updated = this.client.json("PUT", "/api/contests/" + contest.get("slug").asString(),
				contest.toString(), ADMIN);
		assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
		return JSON.readTree(updated.body());
	}

	public void register(String slug, String user) {
		HttpResponse<String> response = this.client.json("POST", "/api/contests/" + slug + "/registration", null,
				basic(user));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	/** Submits through the real API and returns the submission's id. */
	public long submit(String user, String problem, String source) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("problem", problem);
		body.put("source", source);
		HttpResponse<String> response = this.client.json("POST", "/api/submissions", body.toString(), basic(user));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return JSON.readTree(response.body()).get("id").asLong();
	}

	public JsonNode board(String slug, String authorization) {
		HttpResponse<String> response = this.client.json("GET", "/api/contests/" + slug + "/scoreboard", null,
				authorization);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	/**
	 * The board as this caller sees it, once it satisfies the condition (waiting up to 90
	 * s).
	 */
	public JsonNode awaitBoard(String slug, String authorization, Predicate<JsonNode> condition) {
		return await(() -> board(slug, authorization), condition);
	}

	public static JsonNode row(JsonNode board, String user) {
		for (JsonNode row : board.get("rows")) {
			if (row.get("username").asString().equalsIgnoreCase(user)) {
				return row;
			}
		}
		throw new AssertionError(user + " is not on the board: " + board);
	}

	public static JsonNode cell(JsonNode board, String user, String problem) {
		for (JsonNode cell : row(board, user).get("cells")) {
			if (cell.get("problem").asString().equals(problem)) {
				return cell;
			}
		}
		throw new AssertionError("no cell " + problem + " for " + user + ": " + board);
	}

	/**
	 * Polls until the condition holds; asynchronous judging and event delivery take their
	 * time.
	 */
	public static <T> T await(Supplier<T> value, Predicate<T> condition) {
		return Await.until("a contest's judged state", Duration.ofSeconds(90), value::get, condition);
	}

}
