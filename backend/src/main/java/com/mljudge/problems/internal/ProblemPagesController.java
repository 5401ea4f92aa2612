package com.mljudge.problems.internal;

import java.util.List;

import com.mljudge.accounts.CurrentUser;
import com.mljudge.problembank.Problem;
import com.mljudge.problembank.TestSpec;
import com.mljudge.problems.CatalogPage;
import com.mljudge.problems.CatalogQuery;
import com.mljudge.problems.CustomRuns;
import com.mljudge.problems.ProblemCatalog;
import com.mljudge.problems.ProblemTasks;
import com.mljudge.judge.Limits;
import com.mljudge.refusals.Refusal;
import com.mljudge.web.JsonValues;
import com.mljudge.web.Markdown;
import tools.jackson.databind.json.JsonMapper;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The catalog page and one page per problem. */
@Controller
class ProblemPagesController {

	static final int PAGE_SIZE = 20;

	private final ProblemCatalog catalog;

	private final JsonMapper json;

	ProblemPagesController(ProblemCatalog catalog, JsonMapper json) {
		this.catalog = catalog;
		this.json = json;
	}

	@GetMapping("/problems")
	String catalog(@RequestParam(name = "q", required = false) String text, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String difficulty, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page, CurrentUser user,
			HttpServletRequest request, Model model) {
		CatalogQuery query = new CatalogQuery(text, kind, difficulty, topic, status, user.name(), page, PAGE_SIZE);
		CatalogPage result = this.catalog.search(query);
		CatalogLinks links = new CatalogLinks(request.getContextPath(), query);
		model.addAttribute("query", query);
		model.addAttribute("result", result);
		model.addAttribute("statusOptions", links.options("status", result.statusCounts()));
		model.addAttribute("kindOptions", links.options("kind", result.kindCounts()));
		model.addAttribute("difficultyOptions", links.options("difficulty", result.difficultyCounts()));
		model.addAttribute("topicOptions", links.options("topic", result.topicCounts()));
		model.addAttribute("pages", links.pages(result.pageCount()));
		return "problems/catalog";
	}

	@GetMapping("/problems/{slug}")
	String problem(@PathVariable String slug, Model model) {
		Problem problem = this.catalog.find(slug)
			.orElseThrow(() -> Refusal.unknown("Unknown problem", "No problem " + slug));
		if (!problem.isCoding()) {
			// Conceptual items live in practice, with their drills; one page per item.
			return "redirect:/practice/questions/" + problem.slug();
		}
		model.addAttribute("problem", problem);
		model.addAttribute("statementHtml", Markdown.toHtml(problem.statement()));
		model.addAttribute("hints", (problem.hints() != null) ? problem.hints() : List.of());
		model.addAttribute("customInput", customInputExample(problem));
		model.addAttribute("starters", Starters.of(problem.coding()));
		model.addAttribute("pythonSignature", Starters.pythonDeclaration(problem.coding()));
		model.addAttribute("languages", Starters.choices());
		Limits limits = ProblemTasks.limits(problem.coding().limits());
		model.addAttribute("cpuMillis", limits.cpuMillisPerTest());
		model.addAttribute("memoryMib", limits.memoryBytes() >> 20);
		return "problems/problem";
	}

	/** The first sample's arguments, a starting point for the custom input panel. */
	private String customInputExample(Problem problem) {
		List<TestSpec> samples = problem.coding().sampleTests();
		if (samples.isEmpty() || samples.get(0).generated()) {
			return "";
		}
		String example = this.json.writeValueAsString(JsonValues.of(samples.get(0).args()));
		return (example.length() <= CustomRuns.MAX_INPUT_BYTES) ? example : "";
	}

}
