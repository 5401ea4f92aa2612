package com.mljudge.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page. */
@Controller
class SiteController {

	@GetMapping("/")
	String home() {
		return "home";
	}

}
