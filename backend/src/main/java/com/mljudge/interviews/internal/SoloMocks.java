package com.mljudge.interviews.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.mljudge.interviews.internal.ItemStore.PlannedItem;
import com.mljudge.interviews.internal.TemplateStore.Draw;
import com.mljudge.problembank.Problem;
import com.mljudge.problems.ProblemCatalog;
import com.mljudge.problems.ProblemVersion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Solo mocks: anyone draws random items of the kinds, topics and difficulty they choose,
 * works against the server's clock, then scores themselves with the model answers shown.
 */
@Service
class SoloMocks {

	static final int MAX_ITEMS = 8;

	private final Random random = new SecureRandom();

	private final ProblemCatalog catalog;

	private final InterviewStore interviews;

	private final ItemStore items;

	private final Live live;

	SoloMocks(ProblemCatalog catalog, InterviewStore interviews, ItemStore items, Live live) {
		this.catalog = catalog;
		this.interviews = interviews;
		this.items = items;
		this.live = live;
	}

	/** Draws the items, starts the clock and answers the new mock's id. */
	@Transactional
	long start(String username, Draw draw) {
		if (draw == null || draw.counts() == null || draw.counts().isEmpty()) {
			throw InterviewRefusals
				.bad("Say how many items of each kind, e.g. {\"counts\": {\"coding\": 1, \"conceptual\": 2}}.");
		}
		int minutes = (draw.minutes() != null) ? draw.minutes() : 15;
		if (minutes < 1 || minutes > 120) {
			throw InterviewRefusals.bad("Each item gets 1 to 120 minutes.");
		}
		int total = draw.counts().values().stream().mapToInt((n) -> (n != null) ? n : 0).sum();
		if (total < 1 || total > MAX_ITEMS || draw.counts().values().stream().anyMatch((n) -> n == null || n < 0)) {
			throw InterviewRefusals.bad("A solo mock has 1 to " + MAX_ITEMS + " items.");
		}
		List<PlannedItem> planned = new ArrayList<>();
		Map<String, String> errors = new LinkedHashMap<>();
		for (Map.Entry<String, Integer> count : draw.counts().entrySet()) {
			List<Problem> pool = new ArrayList<>(this.catalog.all()
				.stream()
				.map(ProblemVersion::problem)
				.filter((p) -> p.kind().yamlName().equals(count.getKey()))
				.filter((p) -> draw.difficulty() == null || draw.difficulty().isBlank()
						|| p.difficulty().yamlName().equals(draw.difficulty()))
				.filter((p) -> draw.topics() == null || draw.topics().isEmpty()
						|| p.topics().stream().anyMatch(draw.topics()::contains))
				.toList());
			if (pool.size() < count.getValue()) {
				errors.put(count.getKey(), "only " + pool.size() + " " + count.getKey() + " items match");
				continue;
			}
			Collections.shuffle(pool, this.random);
			pool.subList(0, count.getValue())
				.forEach((p) -> planned.add(new PlannedItem(p.slug(), p.kind().yamlName(), minutes)));
		}
		if (!errors.isEmpty()) {
			throw InterviewRefusals.invalid(errors);
		}
		String title = "Solo mock: " + String.join(", ",
				draw.counts()
					.entrySet()
					.stream()
					.filter((e) -> e.getValue() > 0)
					.map((e) -> e.getValue() + " " + e.getKey())
					.toList());
		long id = this.interviews.insert(new InterviewStore.NewInterview(title, null, username, username, null, true,
				this.live.now(), minutes * planned.size(), Rubric.defaults(), List.of()));
		this.items.insert(id, planned);
		this.live.begin(this.interviews.find(id).orElseThrow());
		return id;
	}

}
