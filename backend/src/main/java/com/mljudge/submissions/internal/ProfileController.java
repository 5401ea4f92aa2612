package com.mljudge.submissions.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.mljudge.accounts.CurrentUser;
import com.mljudge.problembank.Problem;
import com.mljudge.problems.ProblemCatalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A learner's profile: what they solved by topic and difficulty, when they practised,
 * what they sent last.
 */
@Controller
class ProfileController {

	static final int CALENDAR_WEEKS = 26;

	private final SubmissionProgress progress;

	private final ProblemCatalog catalog;

	private final Submissions submissions;

	ProfileController(SubmissionProgress progress, ProblemCatalog catalog, Submissions submissions) {
		this.progress = progress;
		this.catalog = catalog;
		this.submissions = submissions;
	}

	/** One day of the activity calendar. */
	record Day(LocalDate date, int count) {

		public int level() {
			return (this.count == 0) ? 0 : (this.count < 3) ? 1 : (this.count < 6) ? 2 : 3;
		}

	}

	@GetMapping("/profile")
	String profile(CurrentUser user, Model model) {
		String username = user.name();
		Set<String> solved = this.progress.solved(username);
		Map<String, Integer> byDifficulty = new TreeMap<>();
		Map<String, Integer> byTopic = new TreeMap<>();
		for (String slug : solved) {
			this.catalog.find(slug).ifPresent((Problem p) -> {
				byDifficulty.merge(p.difficulty().yamlName(), 1, Integer::sum);
				p.topics().forEach((t) -> byTopic.merge(t, 1, Integer::sum));
			});
		}
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		LocalDate first = today.minusWeeks(CALENDAR_WEEKS).plusDays(1);
		Map<LocalDate, Integer> perDay = this.progress.perDay(username, first);
		List<Day> calendar = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
			calendar.add(new Day(day, perDay.getOrDefault(day, 0)));
		}
		model.addAttribute("solvedCount", solved.size());
		model.addAttribute("byDifficulty", byDifficulty);
		model.addAttribute("byTopic", byTopic);
		model.addAttribute("calendar", calendar);
		model.addAttribute("streak", streak(perDay, today));
		model.addAttribute("activeDays", perDay.size());
		model.addAttribute("recent", this.submissions.recent(username, 10));
		return "submissions/profile";
	}

	/**
	 * Consecutive days with at least one submission, ending today (or yesterday, if today
	 * has none yet).
	 */
	static int streak(Map<LocalDate, Integer> perDay, LocalDate today) {
		LocalDate day = perDay.containsKey(today) ? today : today.minusDays(1);
		int streak = 0;
		while (perDay.getOrDefault(day, 0) > 0) {
			streak++;
			day = day.minusDays(1);
		}
		return streak;
	}

}
