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

	private String section(Model model, String menu, String title, String summary) {
		model.addAttribute("menu", menu);
		model.addAttribute("title", title);
		model.addAttribute("summary", summary);
		return "section";
	}

}
