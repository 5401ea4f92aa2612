package com.mljudge.interviews.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mljudge.problembank.Kind;

/**
 * What an interview scores, per item kind: dimensions each scored 1 to 4, with a
 * description anchoring each score so two interviewers mean the same by a 3. Keys are the
 * kinds' bank spellings ("coding", "conceptual", "case-study", "system-design").
 */
record Rubric(Map<String, List<Dimension>> kinds) {

	static final int LOWEST = 1;

	static final int HIGHEST = 4;

	Rubric {
		kinds = Map.copyOf(kinds);
	}

	/** One scored dimension; {@code anchors.get(s - 1)} describes score s. */
	record Dimension(String name, List<String> anchors) {

		Dimension {
			anchors = List.copyOf(anchors);
		}

	}

	List<Dimension> of(Kind kind) {
		return this.kinds.getOrDefault(kind.yamlName(), List.of());
	}

	boolean has(Kind kind, String dimension) {
		return of(kind).stream().anyMatch((d) -> d.name().equals(dimension));
	}

	/**
	 * Checks an edited rubric: every kind known, 1 to 12 named dimensions, four anchors
	 * each.
	 * @throws IllegalArgumentException naming what is wrong
	 */
	static Rubric checked(Map<String, List<Dimension>> kinds) {
		if (kinds == null || kinds.isEmpty()) {
			throw new IllegalArgumentException("A rubric lists dimensions for at least one item kind.");
		}
		Map<String, List<Dimension>> all = new LinkedHashMap<>(defaults().kinds());
		for (Map.Entry<String, List<Dimension>> kind : kinds.entrySet()) {
			if (!all.containsKey(kind.getKey())) {
				throw new IllegalArgumentException("'" + kind.getKey()
						+ "' is no item kind; use coding, conceptual, case-study or system-design.");
			}
			List<Dimension> dimensions = (kind.getValue() != null) ? kind.getValue() : List.of();
			if (dimensions.isEmpty() || dimensions.size() > 12) {
				throw new IllegalArgumentException(kind.getKey() + " needs 1 to 12 dimensions.");
			}
			for (Dimension d : dimensions) {
				if (d == null || d.name() == null || d.name().isBlank() || d.name().length() > 60) {
					throw new IllegalArgumentException(
							"Each dimension of " + kind.getKey() + " needs a name of 1 to 60 characters.");
				}
				if (d.anchors() == null || d.anchors().size() != HIGHEST
						|| d.anchors().stream().anyMatch((a) -> a == null || a.isBlank() || a.length() > 300)) {
					throw new IllegalArgumentException("'" + d.name()
							+ "' needs four anchor descriptions (scores 1 to 4), each up to 300 characters.");
				}
			}
			if (dimensions.stream().map(Dimension::name).distinct().count() != dimensions.size()) {
				throw new IllegalArgumentException(kind.getKey() + " names a dimension twice.");
			}
			all.put(kind.getKey(), dimensions);
		}
		return new Rubric(all);
	}

	/** The dimensions an interview starts with, written for this platform. */
	static Rubric defaults() {
		List<Dimension> concepts = List.of(
				dim("Accuracy", "Central claims are wrong or confused.", "Mostly right with a notable error.",
						"Correct throughout, minor imprecision.", "Correct and precise, including the edge cases."),
				dim("Depth", "Names terms without explaining them.", "Explains the idea but not why it holds.",
						"Explains why, with a fitting example.", "Connects to trade-offs, failure modes and practice."),
				communication());
		Map<String, List<Dimension>> kinds = new LinkedHashMap<>();
		kinds.put(Kind.CODING.yamlName(), List.of(
				dim("Problem solving", "Could not find an approach even with hints.",
						"Found an approach with substantial help.", "Found a sound approach with little help.",
						"Found a clean approach quickly and weighed alternatives."),
				dim("Code correctness", "Does not compile or fails the samples.", "Passes samples, fails hidden tests.",
						"Accepted after a fix or two.", "Accepted, edge cases handled deliberately."),
				dim("Code quality", "Hard to follow; names and structure obscure it.",
						"Works but is tangled or repetitive.", "Readable with sensible names and functions.",
						"Clear, idiomatic and easy to change."),
				dim("Complexity", "Cannot state the cost of the solution.",
						"States it with errors or only when pressed.", "States time and memory correctly.",
						"States them and knows how to improve on them."),
				communication()));
		kinds.put(Kind.CONCEPTUAL.yamlName(), concepts);
		kinds.put(Kind.CASE_STUDY.yamlName(), concepts);
		kinds.put(Kind.SYSTEM_DESIGN.yamlName(), List.of(
				dim("Requirements", "Starts designing without asking what is needed.",
						"Asks some questions, misses key constraints.", "Pins down goals, scale and constraints.",
						"Turns vague goals into measurable requirements."),
				dim("Data", "No plan for where labels or features come from.",
						"Names data sources, ignores quality and leakage.",
						"Plans collection, labels and features soundly.", "Also handles bias, freshness and leakage."),
				dim("Modelling", "Picks a model without reasons.", "Reasonable model, weak justification.",
						"Justified model with a baseline.", "Compares options and knows when a simpler one wins."),
				dim("Evaluation", "No offline or online measure.", "Offline metric only, loosely tied to the goal.",
						"Offline metrics tied to the goal plus an online test.",
						"Also guards against metric traps and slices."),
				dim("Serving and monitoring", "Ignores how predictions reach users.",
						"Serving sketched, no monitoring.", "Sound serving with latency and drift monitoring.",
						"Plans rollout, fallbacks and retraining triggers."),
				dim("Trade-offs", "Sees no trade-offs.", "Names trade-offs when prompted.",
						"Raises and weighs the main trade-offs.",
						"Makes trade-offs explicit and decides them with data.")));
		return new Rubric(kinds);
	}

	private static Dimension communication() {
		return dim("Communication", "Silent or hard to follow.", "Explains when asked, loses the thread at times.",
				"Explains reasoning as they go.", "Clear and structured; checks in and takes feedback well.");
	}

	private static Dimension dim(String name, String one, String two, String three, String four) {
		return new Dimension(name, List.of(one, two, three, four));
	}

}
