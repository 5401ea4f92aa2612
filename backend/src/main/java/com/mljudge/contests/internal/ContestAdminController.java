package com.mljudge.contests.internal;

import java.util.Comparator;

import com.mljudge.problembank.Problem;
import com.mljudge.problems.ProblemCatalog;
import com.mljudge.problems.ProblemVersion;

import java.time.Instant;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Admin pages: create, edit, delete a contest and lift its freeze (ROLE_ADMIN, by the
 * site's security).
 */
@Controller
@RequestMapping("/admin/contests")
class ContestAdminController {

	private final Contests contests;

	private final ProblemCatalog catalog;

	ContestAdminController(Contests contests, ProblemCatalog catalog) {
		this.contests = contests;
		this.catalog = catalog;
	}

	@GetMapping("/new")
	String newContest(Model model) {
		return form(model, ContestForm.of(ContestRequest.blank()), null, Map.of());
	}

	@PostMapping
	String create(@ModelAttribute("form") ContestForm form, Model model, HttpServletResponse response) {
		try {
			Contest contest = this.contests.create(form.toRequest());
			return "redirect:/contests/" + contest.slug() + "?created";
		}
		catch (InvalidContestException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, form, null, ex.errors());
		}
	}

	@GetMapping("/{slug}/edit")
	String edit(@PathVariable String slug, Model model) {
		Contest contest = this.contests.get(slug);
		return form(model, ContestForm.of(ContestRequest.of(contest)), contest, Map.of());
	}

	@PostMapping("/{slug}")
	String update(@PathVariable String slug, @ModelAttribute("form") ContestForm form, Model model,
			HttpServletResponse response) {
		Contest contest = this.contests.get(slug);
		try {
			this.contests.update(slug, form.toRequest());
			return "redirect:/contests/" + slug + "?saved";
		}
		catch (InvalidContestException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			form.setSlug(slug);
			return form(model, form, contest, ex.errors());
		}
	}

	@PostMapping("/{slug}/delete")
	String delete(@PathVariable String slug, RedirectAttributes redirect) {
		Contest contest = this.contests.get(slug);
		this.contests.delete(slug, Instant.now());
		redirect.addFlashAttribute("deleted", contest.title());
		return "redirect:/contests";
	}

	@PostMapping("/{slug}/unfreeze")
	String unfreeze(@PathVariable String slug) {
		this.contests.unfreeze(slug, Instant.now());
		return "redirect:/contests/" + slug + "/scoreboard";
	}

	private String form(Model model, ContestForm form, Contest existing, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("existing", existing);
		model.addAttribute("invalid", errors);
		model.addAttribute("now", Instant.now());
		// The picker's choices: every coding problem, by title.
		model.addAttribute("choices",
				this.catalog.all()
					.stream()
					.map(ProblemVersion::problem)
					.filter(Problem::isCoding)
					.sorted(Comparator.comparing(Problem::title, String.CASE_INSENSITIVE_ORDER))
					.toList());
		return "contests/form";
	}

}
