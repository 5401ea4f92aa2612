package com.mljudge.interviews.internal;

import com.mljudge.problems.ProblemCatalog;

import org.springframework.stereotype.Component;

/** Bank items' content, as the catalog serves them now (published edits included). */
@Component
class Contents {

	private final ProblemCatalog catalog;

	Contents(ProblemCatalog catalog) {
		this.catalog = catalog;
	}

	ItemContent of(String problem) {
		return this.catalog.find(problem)
			.map(ItemContent::of)
			.orElseGet(() -> new ItemContent(problem, problem, "conceptual", "", "<p>This item left the bank.</p>",
					null, null, "", "", java.util.List.of(), null, java.util.List.of(), null, null));
	}

}
