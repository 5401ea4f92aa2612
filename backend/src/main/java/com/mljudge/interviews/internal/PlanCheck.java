package com.mljudge.interviews.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mljudge.interviews.internal.InterviewRequest.PlanItem;
import com.mljudge.interviews.internal.ItemStore.PlannedItem;
import com.mljudge.problembank.Problem;
import com.mljudge.problems.ProblemCatalog;

import org.springframework.stereotype.Component;

/** Checks a plan's items against the bank, collecting every error by field. */
@Component
class PlanCheck {

	static final int MAX_ITEMS = 20;

	private final ProblemCatalog catalog;

	PlanCheck(ProblemCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * The planned items; a problem with the list is put in {@code errors} under "items".
	 */
	List<PlannedItem> items(List<PlanItem> items, Map<String, String> errors) {
		List<PlannedItem> planned = new ArrayList<>();
		if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
			errors.put("items", "A plan has 1 to " + MAX_ITEMS + " items, each a bank problem with its minutes.");
			return planned;
		}
		for (int i = 0; i < items.size(); i++) {
			PlanItem item = items.get(i);
			String slug = (item != null && item.problem() != null) ? item.problem().strip() : "";
			Optional<Problem> problem = slug.isEmpty() ? Optional.empty() : this.catalog.find(slug);
			if (problem.isEmpty()) {
				errors.put("items", "Item " + (i + 1) + ": there is no bank problem '" + slug + "'.");
				continue;
			}
			Integer minutes = item.minutes();
			if (minutes == null || minutes < 1 || minutes > 300) {
				errors.put("items", "Item " + (i + 1) + " (" + slug + "): its time box is 1 to 300 minutes.");
				continue;
			}
			planned.add(new PlannedItem(slug, problem.get().kind().yamlName(), minutes));
		}
		return planned;
	}

	static int totalMinutes(List<PlannedItem> items) {
		return items.stream().mapToInt(PlannedItem::minutes).sum();
	}

}
