package com.mljudge.contests.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import com.mljudge.accounts.CurrentUser;
import com.mljudge.contests.internal.Scoreboard.Board;
import com.mljudge.contests.internal.Scoreboard.Viewer;
import com.mljudge.web.Markdown;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The contest list, a contest's page with registration, and its scoreboard (polled by
 * htmx).
 */
@Controller
class ContestPagesController {

	private final Contests contests;

	ContestPagesController(Contests contests) {
		this.contests = contests;
	}

	@GetMapping("/contests")
	String list(CurrentUser user, Model model) {
		Instant now = Instant.now();
		List<Contest> all = this.contests.all();
		model.addAttribute("now", now);
		model.addAttribute("running", all.stream().filter((c) -> c.running(now)).toList());
		// Upcoming soonest first; past ones newest first, as all() already orders them.
		model.addAttribute("upcoming",
				all.stream().filter((c) -> c.upcoming(now)).sorted(Comparator.comparing(Contest::startsAt)).toList());
		model.addAttribute("past", all.stream().filter((c) -> c.ended(now)).toList());
		model.addAttribute("admin", user.isAdmin());
		return "contests/list";
	}

	@GetMapping("/contests/{slug}")
	String contest(@PathVariable String slug, CurrentUser user, Model model) {
		Instant now = Instant.now();
		Contest contest = this.contests.get(slug);
		String username = user.name();
		boolean admin = user.isAdmin();
		boolean registered = this.contests.registered(contest, username);
		model.addAttribute("now", now);
		model.addAttribute("contest", contest);
		model.addAttribute("descriptionHtml", Markdown.toHtml(contest.description()));
		model.addAttribute("admin", admin);
		model.addAttribute("registered", registered);
		model.addAttribute("contestants", this.contests.contestantCount(contest));
		// Problems stay hidden until the start, except from admins who prepare the
		// contest.
		model.addAttribute("showProblems", admin || !contest.upcoming(now));
		model.addAttribute("columns", this.contests.columns(contest));
		// The contestant's own results are theirs to see even while the board is frozen.
		Board own = registered ? this.contests.board(contest, Viewer.ADMIN, now) : null;
		model.addAttribute("mine", (own != null) ? own.row(username) : null);
		return "contests/contest";
	}

	/**
	 * A running contest that includes the problem on screen, and that problem's label in
	 * it.
	 */
	record Banner(Contest contest, String label, boolean registered) {
	}

	/**
	 * The problem page's banner and countdown for every running contest that includes the
	 * problem: a fragment of its own, because the page around it is cached for every
	 * viewer alike.
	 */
	@GetMapping("/problems/{problem}/contest-banner")
	String banner(@PathVariable String problem, CurrentUser user, Model model) {
		Instant now = Instant.now();
		String username = user.name();
		List<Banner> banners = this.contests.all()
			.stream()
			.filter((c) -> c.running(now) && c.problems().contains(problem))
			.map((c) -> new Banner(c,
					this.contests.columns(c)
						.stream()
						.filter((col) -> col.problem().equals(problem))
						.map(Scoreboard.Column::label)
						.findFirst()
						.orElse(""),
					this.contests.registered(c, username)))
			.toList();
		model.addAttribute("banners", banners);
		return "contests/parts :: banner";
	}

	@PostMapping("/contests/{slug}/registration")
	String register(@PathVariable String slug, CurrentUser user) {
		this.contests.register(slug, user.name(), Instant.now());
		return "redirect:/contests/" + slug + "?registered";
	}

	@GetMapping("/contests/{slug}/scoreboard")
	String scoreboard(@PathVariable String slug, CurrentUser user, Model model) {
		board(slug, user, model);
		return "contests/scoreboard";
	}

	/** The board alone, for htmx to swap in every few seconds. */
	@GetMapping("/contests/{slug}/scoreboard/board")
	String boardFragment(@PathVariable String slug, CurrentUser user, Model model) {
		board(slug, user, model);
		return "contests/scoreboard :: board";
	}

	private void board(String slug, CurrentUser user, Model model) {
		Instant now = Instant.now();
		Contest contest = this.contests.get(slug);
		model.addAttribute("now", now);
		model.addAttribute("contest", contest);
		model.addAttribute("board", this.contests.board(contest, Viewer.of(user), now));
		model.addAttribute("admin", user.isAdmin());
		model.addAttribute("me", user.name());
	}

}
