package com.mljudge.submissions.internal;

import java.security.Principal;

import com.mljudge.problembank.Problem;
import com.mljudge.problems.ProblemCatalog;
import com.mljudge.web.Markdown;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A coding problem's explanation unlocks once the user has solved it, or when they ask to
 * see the answer.
 */
@Controller
class ExplanationController {

	private final ProblemCatalog catalog;

	private final JdbcClient jdbc;

	ExplanationController(ProblemCatalog catalog, JdbcClient jdbc) {
		this.catalog = catalog;
		this.jdbc = jdbc;
	}

	@GetMapping("/problems/{slug}/explanation")
	String explanation(Principal principal, @PathVariable String slug,
			@RequestParam(defaultValue = "false") boolean reveal, Model model) {
		Problem problem = this.catalog.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean solved = principal != null && solved(principal.getName(), slug);
		model.addAttribute("slug", slug);
		model.addAttribute("solved", solved);
		model.addAttribute("unlocked", solved || reveal);
		if (solved || reveal) {
			model.addAttribute("explanationHtml", Markdown.toHtml(problem.explanation()));
		}
		return "submissions/explanation :: explanation";
	}

	/**
	 * Solved or attempted, next to the problem's title. A fragment of its own: the page
	 * around it is cached for every viewer alike, and the mark changes with each verdict.
	 */
	@GetMapping("/problems/{slug}/status")
	String status(Principal principal, @PathVariable String slug, Model model) {
		String status = null;
		if (principal != null) {
			status = solved(principal.getName(), slug) ? "solved"
					: attempted(principal.getName(), slug) ? "attempted" : null;
		}
		model.addAttribute("slug", slug);
		model.addAttribute("status", status);
		return "submissions/explanation :: status";
	}

	private boolean attempted(String username, String slug) {
		return this.jdbc.sql("""
				select exists (select 1 from submissions s join users u on u.id = s.user_id
				where lower(u.username) = lower(:username) and s.problem_slug = :slug
				  and s.mode = 'SUBMIT' and s.status = 'DONE')""")
			.param("username", username)
			.param("slug", slug)
			.query(Boolean.class)
			.single();
	}

	private boolean solved(String username, String slug) {
		return this.jdbc.sql("""
				select exists (select 1 from submissions s join users u on u.id = s.user_id
				where lower(u.username) = lower(:username) and s.problem_slug = :slug
				  and s.mode = 'SUBMIT' and s.verdict = 'ACCEPTED')""")
			.param("username", username)
			.param("slug", slug)
			.query(Boolean.class)
			.single();
	}

}
