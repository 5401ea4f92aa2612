package com.mljudge.problems.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mljudge.judge.Language;
import com.mljudge.judge.PythonSignature;
import com.mljudge.problembank.CodingPart;
import com.mljudge.problembank.Signature;

/**
 * A coding problem's starter and signature per language: Java's from the bank, Python's
 * written from the Java signature.
 */
final class Starters {

	private Starters() {
	}

	/** Language id to starter source, Java first. */
	static Map<String, String> of(CodingPart coding) {
		Map<String, String> starters = new LinkedHashMap<>();
		starters.put(Language.JAVA.id(), coding.starterSource());
		Signature signature = coding.signature();
		starters.put(Language.PYTHON.id(), PythonSignature.starter(signature.methodName(), signature.parameterTypes(),
				signature.parameterNames(), signature.returnType()));
		return starters;
	}

	/** {@code def cluster(points, k, initial_centroids)}. */
	static String pythonDeclaration(CodingPart coding) {
		return PythonSignature.declaration(coding.signature().methodName(), coding.signature().parameterNames());
	}

	/** A language as the API and the page's switch show it. */
	record LanguageChoice(String id, String label, boolean judged, String offReason) {
	}

	static List<LanguageChoice> choices() {
		List<LanguageChoice> choices = new ArrayList<>();
		for (Language language : Language.values()) {
			String off = language.offReason();
			choices.add(new LanguageChoice(language.id(), language.label(), off == null, off));
		}
		return choices;
	}

}
