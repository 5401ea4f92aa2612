package com.mljudge.leaderboards.internal;

import com.mljudge.accounts.CurrentUser;

import com.mljudge.refusals.Refusal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The board pages: global (by period and topic), per problem, teams, and a user's rank
 * for their profile.
 */
@Controller
class LeaderboardPagesController {

	private final Boards boards;

	private final ProblemBoards problemBoards;

	private final Teams teams;

	LeaderboardPagesController(Boards boards, ProblemBoards problemBoards, Teams teams) {
		this.boards = boards;
		this.problemBoards = problemBoards;
		this.teams = teams;
	}

	@GetMapping("/leaderboards")
	String global(@RequestParam(required = false) String period, @RequestParam(required = false) String topic,
			@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
		BoardPage board = this.boards.page(BoardPeriod.fromParam(period), topic, page, user.name());
		model.addAttribute("board", board);
		// Plain variables for what every row and every topic option compares against.
		model.addAttribute("topic", board.topic());
		model.addAttribute("mine", (board.me() != null) ? board.me().name() : null);
		model.addAttribute("periods", BoardPeriod.values());
		model.addAttribute("topics", this.boards.topics());
		model.addAttribute("scale", Points.scale());
		return "leaderboards/global";
	}

	/** An htmx fragment: the user's all-time rank, for the profile page. */
	@GetMapping("/leaderboards/rank/{username}")
	String rank(@PathVariable String username, Model model) {
		model.addAttribute("username", username);
		model.addAttribute("standing", this.boards.allTime(username).orElse(null));
		model.addAttribute("ranked", this.boards.rankedUsers());
		return "leaderboards/rank :: rank";
	}

	@GetMapping("/leaderboards/problems/{slug}")
	String problem(@PathVariable String slug, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) String language, Model model) {
		ProblemBoard board = this.problemBoards.board(slug, page, ProblemBoards.languageFilter(language))
			.orElseThrow(() -> Refusal.unknown("Unknown problem", "No coding problem " + slug));
		model.addAttribute("board", board);
		return "leaderboards/problem";
	}

	@GetMapping("/leaderboards/teams")
	String teams(@RequestParam(required = false) String period, @RequestParam(defaultValue = "0") int page,
			CurrentUser user, Model model) {
		BoardPeriod chosen = BoardPeriod.fromParam(period);
		long count = this.teams.count();
		model.addAttribute("period", chosen);
		model.addAttribute("periods", BoardPeriod.values());
		model.addAttribute("standings", this.teams.board(chosen, page));
		model.addAttribute("page", page);
		model.addAttribute("pageCount", (count + Teams.PAGE_SIZE - 1) / Teams.PAGE_SIZE);
		model.addAttribute("myTeam",
				user.signedIn() ? this.teams.teamOf(user.name()).flatMap(this.teams::find).orElse(null) : null);
		return "leaderboards/teams";
	}

}
