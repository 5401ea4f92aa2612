package com.mljudge.problems.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mljudge.accounts.CurrentUser;
import com.mljudge.problembank.Problem;
import com.mljudge.problembank.TestSpec;
import com.mljudge.problems.CatalogPage;
import com.mljudge.problems.CatalogQuery;
import com.mljudge.problems.ProblemCatalog;
import com.mljudge.refusals.Refusal;
import com.mljudge.web.JsonValues;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalog over the JSON API, with the same filters as the page. */
@RestController
@RequestMapping("/api/problems")
class ProblemApiController {

	private final ProblemCatalog catalog;

	ProblemApiController(ProblemCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	CatalogPage search(@RequestParam(name = "q", required = false) String text,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String difficulty,
			@RequestParam(required = false) String topic, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, CurrentUser user) {
		// status (solved | attempted | new) applies when the caller sends a token.
		return this.catalog.search(new CatalogQuery(text, kind, difficulty, topic, status, user.name(), page, size));
	}

	@GetMapping("/{slug}")
	ResponseEntity<?> problem(@PathVariable String slug) {
		return this.catalog.find(slug)
			.<ResponseEntity<?>>map((p) -> ResponseEntity.ok(describe(p)))
			.orElseThrow(() -> Refusal.unknown("Unknown problem", "There is no problem '" + slug + "'."));
	}

	private static Map<String, Object> describe(Problem problem) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("slug", problem.slug());
		body.put("kind", problem.kind().yamlName());
		body.put("title", problem.title());
		body.put("difficulty", problem.difficulty().yamlName());
		body.put("topics", problem.topics());
		body.put("statement", problem.statement());
		if (problem.coding() != null) {
			body.put("signature", "public static " + problem.coding().signature());
			body.put("entryClass", problem.coding().entryClass());
			body.put("pythonSignature", Starters.pythonDeclaration(problem.coding()));
			body.put("starter", problem.coding().starterSource());
			body.put("starters", Starters.of(problem.coding()));
			body.put("languages", Starters.choices());
			body.put("samples", samples(problem.coding().sampleTests()));
			body.put("limits", problem.coding().limits());
			body.put("checker", problem.coding().checker().type());
		}
		return body;
	}

	private static List<Map<String, Object>> samples(List<TestSpec> tests) {
		return tests.stream().map((t) -> {
			Map<String, Object> sample = new LinkedHashMap<>();
			sample.put("name", t.name());
			sample.put("args", JsonValues.of(t.args()));
			return sample;
		}).toList();
	}

}
