package com.mljudge.leaderboards.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mljudge.accounts.CurrentUser;
import com.mljudge.judge.Language;
import com.mljudge.refusals.Refusal;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The boards and teams over the JSON API: public reads, the same filters as the pages,
 * and the caller's own team.
 */
@RestController
class LeaderboardApiController {

	private final Boards boards;

	private final ProblemBoards problemBoards;

	private final Teams teams;

	LeaderboardApiController(Boards boards, ProblemBoards problemBoards, Teams teams) {
		this.boards = boards;
		this.problemBoards = problemBoards;
		this.teams = teams;
	}

	/**
	 * {@code me} is the caller's own standing when the request carries a token and the
	 * caller has points.
	 */
	@GetMapping("/api/leaderboards")
	Map<String, Object> global(@RequestParam(required = false) String period,
			@RequestParam(required = false) String topic, @RequestParam(defaultValue = "0") int page,
			CurrentUser user) {
		BoardPage board = this.boards.page(BoardPeriod.fromParam(period), topic, page, user.name());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("period", board.period().param());
		body.put("topic", board.topic());
		body.put("page", board.page());
		body.put("pageSize", board.pageSize());
		body.put("total", board.total());
		body.put("pointsByDifficulty", Points.scale());
		body.put("entries", board.standings().stream().map(LeaderboardApiController::standing).toList());
		body.put("me", (board.me() != null) ? standing(board.me()) : null);
		return body;
	}

	@GetMapping("/api/leaderboards/problems/{slug}")
	ResponseEntity<?> problem(@PathVariable String slug, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) String language) {
		Language filter = ProblemBoards.languageFilter(language);
		return this.problemBoards.board(slug, page, filter).<ResponseEntity<?>>map((board) -> {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("problem", board.slug());
			body.put("title", board.title());
			body.put("rankedBy", board.metric() ? "best score, then run time, then earliest"
					: "first accepted submission, then run time");
			body.put("page", board.page());
			body.put("pageSize", board.pageSize());
			body.put("total", board.total());
			body.put("entries", board.rows().stream().map((row) -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("rank", row.rank());
				entry.put("username", row.username());
				entry.put("score", row.score());
				entry.put("timeMillis", row.timeMillis());
				entry.put("submittedAt", row.at());
				entry.put("language", row.language());
				return entry;
			}).toList());
			return ResponseEntity.ok(body);
		}).orElseThrow(() -> Refusal.unknown("Unknown problem", "There is no coding problem '" + slug + "'."));
	}

	@GetMapping("/api/leaderboards/teams")
	Map<String, Object> teams(@RequestParam(required = false) String period,
			@RequestParam(defaultValue = "0") int page) {
		BoardPeriod chosen = BoardPeriod.fromParam(period);
		List<Map<String, Object>> entries = this.teams.board(chosen, page).stream().map((team) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("rank", team.rank());
			entry.put("id", team.id());
			entry.put("name", team.name());
			entry.put("members", team.members());
			entry.put("points", team.points());
			entry.put("solved", team.solved());
			return entry;
		}).toList();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("period", chosen.param());
		body.put("page", page);
		body.put("pageSize", Teams.PAGE_SIZE);
		body.put("total", this.teams.count());
		body.put("entries", entries);
		return body;
	}

	/** The caller's own team, as {@code /api/teams/{id}} answers it. */
	@GetMapping("/api/teams/mine")
	ResponseEntity<?> myTeam(CurrentUser user) {
		return this.teams.teamOf(user.name())
			.map(this::team)
			.orElseThrow(() -> Refusal.unknown("No team", "You are not in a team."));
	}

	/** A team and its members' progress; the invite code stays off the public API. */
	@GetMapping("/api/teams/{id}")
	ResponseEntity<?> team(@PathVariable long id) {
		return this.teams.find(id).<ResponseEntity<?>>map((team) -> {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("id", team.id());
			body.put("name", team.name());
			body.put("owner", team.owner());
			body.put("createdAt", team.createdAt());
			body.put("points", team.points());
			body.put("members", team.members().stream().map((m) -> {
				Map<String, Object> member = new LinkedHashMap<>();
				member.put("username", m.username());
				member.put("points", m.points());
				Map<String, Integer> solved = new LinkedHashMap<>();
				solved.put("easy", m.easy());
				solved.put("medium", m.medium());
				solved.put("hard", m.hard());
				member.put("solved", solved);
				member.put("joinedAt", m.joinedAt());
				return member;
			}).toList());
			return ResponseEntity.ok(body);
		}).orElseThrow(() -> Refusal.unknown("Unknown team", "There is no team " + id + "."));
	}

	private static Map<String, Object> standing(Standing standing) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("rank", standing.rank());
		entry.put("username", standing.name());
		entry.put("points", standing.points());
		entry.put("solved", standing.solved());
		entry.put("reachedAt", standing.reachedAt());
		return entry;
	}

}
