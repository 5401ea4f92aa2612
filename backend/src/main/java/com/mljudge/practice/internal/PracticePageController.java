package com.mljudge.practice.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mljudge.accounts.CurrentUser;
import com.mljudge.practice.internal.Reviews.TopicProgress;
import com.mljudge.problembank.Kind;
import com.mljudge.problembank.Problem;
import com.mljudge.problems.ProblemCatalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The practice home (items by topic and kind, with due counts) and read mode for one
 * question.
 */
@Controller
class PracticePageController {

	private final QuestionBank bank;

	private final Reviews reviews;

	private final ProblemCatalog catalog;

	PracticePageController(QuestionBank bank, Reviews reviews, ProblemCatalog catalog) {
		this.bank = bank;
		this.reviews = reviews;
		this.catalog = catalog;
	}

	@GetMapping("/practice")
	String index(@RequestParam(required = false) String topic, @RequestParam(required = false) String kind,
			CurrentUser user, Model model) {
		Kind kindFilter = PracticeKinds.parse(kind);
		String topicFilter = (topic == null || topic.isBlank()) ? null : topic;
		Map<String, TopicProgress> progress = !user.signedIn() ? Map.of()
				: this.reviews.progress(user.name(), Instant.now());
		List<TopicSection> sections = this.bank.topics()
			.stream()
			.filter((t) -> topicFilter == null || t.equals(topicFilter))
			.map((t) -> new TopicSection(t, Question.topicLabel(t), this.bank.filter(t, kindFilter), progress.get(t)))
			.filter((section) -> !section.questions().isEmpty())
			.toList();
		model.addAttribute("sections", sections);
		model.addAttribute("topics", this.bank.topics().stream().map(Question.Label::topic).toList());
		model.addAttribute("kinds", PracticeKinds.PRACTICE.stream().map(Question.Label::kind).toList());
		model.addAttribute("topic", topicFilter);
		model.addAttribute("kind", (kindFilter == null) ? null : kindFilter.yamlName());
		model.addAttribute("questionCount",
				sections.stream().flatMap((s) -> s.questions().stream()).map(Question::slug).distinct().count());
		model.addAttribute("dueTotal", !user.signedIn() ? 0 : this.reviews.reviewsDue(user.name()));
		model.addAttribute("newTotal", !user.signedIn() ? 0 : this.reviews.newCards(user.name()));
		return "practice/index";
	}

	/**
	 * The home page's "N reviews due" link, loaded by htmx so the site shell need not
	 * know about practice.
	 */
	@GetMapping("/practice/due")
	String due(CurrentUser user, Model model) {
		model.addAttribute("reviewsDue", !user.signedIn() ? 0 : this.reviews.reviewsDue(user.name()));
		return "practice/due :: due";
	}

	@GetMapping("/practice/questions/{slug}")
	String question(@PathVariable String slug, Model model) {
		Question question = this.bank.find(slug).orElseThrow(() -> new UnknownQuestionException(slug));
		model.addAttribute("question", question);
		model.addAttribute("related", related(question));
		return "practice/question";
	}

	/**
	 * Related practice questions link to read mode, coding problems to the problem pages.
	 */
	private List<RelatedLink> related(Question question) {
		return question.related().stream().map((slug) -> {
			Optional<Question> practice = this.bank.find(slug);
			// A coding problem shows its title too; a slug that names nothing stays as it
			// is.
			return practice.map((q) -> new RelatedLink(q.title(), "/practice/questions/" + slug))
				.orElseGet(() -> new RelatedLink(this.catalog.find(slug).map(Problem::title).orElse(slug),
						"/problems/" + slug));
		}).toList();
	}

	record TopicSection(String topic, String label, List<Question> questions, TopicProgress progress) {
	}

	record RelatedLink(String title, String href) {
	}

}
