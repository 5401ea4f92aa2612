package com.mljudge.interviews.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mljudge.judge.Language;
import com.mljudge.judge.PythonSignature;
import com.mljudge.problembank.Problem;
import com.mljudge.problembank.Signature;
import com.mljudge.web.Markdown;

/**
 * A bank item as an interview shows it. The candidate gets the statement, signatures and
 * starters (Java and Python) and released hints; the rest (model answer, key points,
 * reference solution, explanation) is for interviewers only, and for the candidate once
 * the report is shared.
 */
record ItemContent(String problem, String title, String kind, String difficulty, String statementHtml, String signature,
		String pythonSignature, String starter, String pythonStarter, List<String> hints, String modelAnswerHtml,
		List<String> keyPoints, String referenceSource, String explanationHtml) {

	ItemContent {
		hints = List.copyOf(hints);
		keyPoints = List.copyOf(keyPoints);
	}

	static ItemContent of(Problem p) {
		boolean coding = p.isCoding();
		return new ItemContent(p.slug(), p.title(), p.kind().yamlName(), p.difficulty().yamlName(),
				Markdown.toHtml(p.statement()), coding ? "public static " + p.coding().signature() : null,
				coding ? PythonSignature.declaration(p.coding().signature().methodName(),
						p.coding().signature().parameterNames()) : null,
				coding ? p.coding().starterSource() : "", coding ? pythonStarter(p.coding().signature()) : "",
				p.hints(), coding ? null : Markdown.toHtml(p.conceptual().answer()),
				coding ? List.of() : p.conceptual().keyPoints(), coding ? p.coding().referenceSource() : null,
				(p.explanation() != null && !p.explanation().isBlank()) ? Markdown.toHtml(p.explanation()) : null);
	}

	private static String pythonStarter(Signature signature) {
		return PythonSignature.starter(signature.methodName(), signature.parameterTypes(), signature.parameterNames(),
				signature.returnType());
	}

	/** The starter per language id, Java first. */
	Map<String, String> starters() {
		Map<String, String> starters = new LinkedHashMap<>();
		starters.put(Language.JAVA.id(), this.starter);
		starters.put(Language.PYTHON.id(), this.pythonStarter);
		return starters;
	}

	/** What the candidate may see while the interview runs. */
	ItemContent forCandidate(int hintsReleased) {
		return new ItemContent(this.problem, this.title, this.kind, this.difficulty, this.statementHtml, this.signature,
				this.pythonSignature, this.starter, this.pythonStarter,
				this.hints.subList(0, Math.min(hintsReleased, this.hints.size())), null, List.of(), null, null);
	}

}
