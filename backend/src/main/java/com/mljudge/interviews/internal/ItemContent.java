package com.mljudge.interviews.internal;

import java.util.List;

import com.mljudge.problembank.Problem;
import com.mljudge.web.Markdown;

/**
 * A bank item as an interview shows it. The candidate gets the statement, signature,
 * starter and released hints; the rest (model answer, key points, reference solution,
 * explanation) is for interviewers only, and for the candidate once the report is shared.
 */
record ItemContent(String problem, String title, String kind, String difficulty, String statementHtml, String signature,
		String starter, List<String> hints, String modelAnswerHtml, List<String> keyPoints, String referenceSource,
		String explanationHtml) {

	ItemContent {
		hints = List.copyOf(hints);
		keyPoints = List.copyOf(keyPoints);
	}

	static ItemContent of(Problem p) {
		boolean coding = p.isCoding();
		return new ItemContent(p.slug(), p.title(), p.kind().yamlName(), p.difficulty().yamlName(),
				Markdown.toHtml(p.statement()), coding ? "public static " + p.coding().signature() : null,
				coding ? p.coding().starterSource() : "", p.hints(),
				coding ? null : Markdown.toHtml(p.conceptual().answer()),
				coding ? List.of() : p.conceptual().keyPoints(), coding ? p.coding().referenceSource() : null,
				(p.explanation() != null && !p.explanation().isBlank()) ? Markdown.toHtml(p.explanation()) : null);
	}

	/** What the candidate may see while the interview runs. */
	ItemContent forCandidate(int hintsReleased) {
		return new ItemContent(this.problem, this.title, this.kind, this.difficulty, this.statementHtml, this.signature,
				this.starter, this.hints.subList(0, Math.min(hintsReleased, this.hints.size())), null, List.of(), null,
				null);
	}

}
