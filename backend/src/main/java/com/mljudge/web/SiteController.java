package com.mljudge.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page and the sections whose features are still being built. */
@Controller
class SiteController {

	@GetMapping("/")
	String home() {
		return "home";
	}

	@GetMapping("/practice")
	String practice(Model model) {
		return section(model, "practice", "Practice",
				"Conceptual questions, case studies and ML system design, with model answers, quizzes and "
						+ "spaced-repetition reviews.");
	}

	@GetMapping("/leaderboards")
	String leaderboards(Model model) {
		return section(model, "leaderboards", "Leaderboards",
				"Rankings by points for first accepted solutions, overall and by topic, team and contest.");
	}

	private String section(Model model, String menu, String title, String summary) {
		model.addAttribute("menu", menu);
		model.addAttribute("title", title);
		model.addAttribute("summary", summary);
		return "section";
	}

}
