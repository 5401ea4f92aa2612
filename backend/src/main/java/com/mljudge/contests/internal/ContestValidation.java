package com.mljudge.contests.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.mljudge.problembank.Problem;
import com.mljudge.problems.ProblemCatalog;

import org.springframework.stereotype.Component;

/** Checks a contest request field by field, with messages a person can act on. */
@Component
class ContestValidation {

	static final int DEFAULT_PUBLIC_PERCENT = 50;

	static final int MAX_PROBLEMS = 26;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?");

	private static final DateTimeFormatter FORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final ProblemCatalog catalog;

	ContestValidation(ProblemCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * @param existing the contest being edited (its slug cannot change), or null for a
	 * new one
	 * @throws InvalidContestException with one message per wrong field
	 */
	ContestDraft validate(ContestRequest request, Contest existing) {
		Map<String, String> errors = new LinkedHashMap<>();
		String slug = (existing != null) ? existing.slug() : trim(request.slug()).toLowerCase(Locale.ROOT);
		if (existing == null && !SLUG.matcher(slug).matches()) {
			errors.put("slug", "Use 1 to 60 lowercase letters, digits and inner hyphens, e.g. spring-cup-2026.");
		}
		String title = trim(request.title());
		if (title.isEmpty() || title.length() > 200) {
			errors.put("title", "Give the contest a title of at most 200 characters.");
		}
		String description = (request.description() == null) ? "" : request.description().strip();
		if (description.length() > 20_000) {
			errors.put("description", "Keep the description under 20,000 characters.");
		}
		Instant startsAt = time(request.startsAt(), "startsAt", "start", errors);
		Instant endsAt = time(request.endsAt(), "endsAt", "end", errors);
		if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
			errors.put("endsAt", "The end must be after the start.");
		}
		Scoring scoring = scoring(request.scoring(), errors);
		int freeze = (request.freezeMinutes() == null) ? 0 : request.freezeMinutes();
		// A freeze as long as the contest (or longer, after the end moved) simply freezes
		// it from the start.
		if (freeze < 0) {
			errors.put("freezeMinutes", "The freeze is a number of minutes, 0 or more (0: no freeze).");
		}
		int publicPercent = (request.publicPercent() == null) ? DEFAULT_PUBLIC_PERCENT : request.publicPercent();
		if (publicPercent < 1 || publicPercent > 99) {
			errors.put("publicPercent", "The public share of hidden tests is a percentage from 1 to 99.");
		}
		List<String> problems = problems(request.problems(), errors);
		if (!errors.isEmpty()) {
			throw new InvalidContestException(errors);
		}
		return new ContestDraft(slug, title, description, startsAt, endsAt, scoring, freeze, publicPercent, problems);
	}

	/** How the form's date-time fields show an instant: UTC, to the minute. */
	static String formTime(Instant instant) {
		return FORM_TIME.format(LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MINUTES), ZoneOffset.UTC));
	}

	private List<String> problems(List<String> requested, Map<String, String> errors) {
		Set<String> slugs = new LinkedHashSet<>();
		List<String> problems = new ArrayList<>();
		for (String item : (requested == null) ? List.<String>of() : requested) {
			for (String slug : (item == null) ? new String[0] : item.split("[\\s,]+")) {
				if (!slug.isBlank() && slugs.add(slug.strip())) {
					problems.add(slug.strip());
				}
			}
		}
		List<String> unknown = new ArrayList<>();
		List<String> notCoding = new ArrayList<>();
		for (String slug : problems) {
			Optional<Problem> problem = this.catalog.find(slug);
			if (problem.isEmpty()) {
				unknown.add(slug);
			}
			else if (!problem.get().isCoding()) {
				notCoding.add(slug);
			}
		}
		if (problems.isEmpty()) {
			errors.put("problems", "List at least one coding problem by its slug, e.g. kmeans, knn-classifier.");
		}
		else if (!unknown.isEmpty()) {
			errors.put("problems", "No problem named " + String.join(", ", unknown) + " in the catalog.");
		}
		else if (!notCoding.isEmpty()) {
			errors.put("problems", String.join(", ", notCoding) + ": contests hold coding problems only.");
		}
		else if (problems.size() > MAX_PROBLEMS) {
			errors.put("problems", "A contest holds at most " + MAX_PROBLEMS + " problems.");
		}
		return problems;
	}

	private static Instant time(String text, String field, String what, Map<String, String> errors) {
		String value = trim(text);
		if (value.isEmpty()) {
			errors.put(field, "Give the " + what + " time (UTC).");
			return null;
		}
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException notLocal) {
				errors.put(field, "Write the " + what + " time as 2026-03-01T10:00 (UTC) or 2026-03-01T10:00:00Z.");
				return null;
			}
		}
	}

	private static Scoring scoring(String text, Map<String, String> errors) {
		try {
			return Scoring.valueOf(trim(text).toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			errors.put("scoring", "Scoring is ICPC or POINTS.");
			return Scoring.ICPC;
		}
	}

	private static String trim(String text) {
		return (text == null) ? "" : text.strip();
	}

}
