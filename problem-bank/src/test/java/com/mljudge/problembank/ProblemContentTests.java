package com.mljudge.problembank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the loader cannot see: Markdown renders, and problem sources stay inside the
 * allowed Java.
 */
class ProblemContentTests {

	private static final ProblemBank BANK = ProblemBank.loadFromClasspath();

	private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.extensions(List.of(TablesExtension.create()))
		.build();

	/** Only java.util may be imported; java.lang needs no import. */
	private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);

	/** Calls a problem source must never make, even though javac would accept them. */
	private static final Pattern FORBIDDEN = Pattern.compile(
			"\\b(Thread|Runtime|ProcessBuilder|ClassLoader|System\\.(exit|getenv|getProperty|setOut|in)|getClass\\(\\)\\.|Class\\.forName|java\\.(io|nio|net|lang\\.reflect))\\b");

	/** Words by which a question says how far to round its numeric answer. */
	private static final Pattern PRECISION = Pattern.compile("decimal|round|nearest|percent|%|significant",
			Pattern.CASE_INSENSITIVE);

	/**
	 * An answer that needs rounding (more than four decimals, like 1/3) and a tolerance a
	 * two-decimal answer misses must say how to round: otherwise a correct answer is
	 * refused.
	 */
	@Test
	void everyNumericQuizThatNeedsRoundingSaysHowFar() {
		List<String> unclear = new ArrayList<>();
		for (Problem problem : BANK.problems()) {
			if (problem.conceptual() == null) {
				continue;
			}
			for (QuizItem item : problem.conceptual().quiz()) {
				if (item instanceof QuizItem.Number number) {
					boolean needsRounding = BigDecimal.valueOf(number.answer()).stripTrailingZeros().scale() > 4;
					if (needsRounding && number.tolerance() < 0.005 && !PRECISION.matcher(number.question()).find()) {
						unclear.add(problem.slug() + ": " + number.question());
					}
				}
			}
		}
		assertThat(unclear).isEmpty();
	}

	@Test
	void everyMarkdownFileRendersToHtml() {
		for (Problem problem : BANK.problems()) {
			List<String> texts = new ArrayList<>(List.of(problem.statement()));
			if (problem.explanation() != null) {
				texts.add(problem.explanation());
			}
			if (problem.conceptual() != null) {
				texts.add(problem.conceptual().answer());
			}
			for (String text : texts) {
				String html = RENDERER.render(PARSER.parse(text));
				assertThat(html).as(problem.slug()).isNotBlank().doesNotContain("<script");
			}
		}
	}

	@Test
	void codingStatementsShowTheExactSignature() {
		for (Problem problem : BANK.codingProblems()) {
			Signature signature = problem.coding().signature();
			assertThat(problem.statement()).as(problem.slug())
				.contains(signature.methodName() + "(")
				.contains(signature.returnType().getSimpleName() + " " + signature.methodName());
		}
	}

	@Test
	void sourcesImportOnlyJavaUtilAndAvoidForbiddenApis() {
		for (Problem problem : BANK.codingProblems()) {
			CodingPart coding = problem.coding();
			List<String> sources = new ArrayList<>(List.of(coding.starterSource(), coding.referenceSource()));
			coding.wrongSolutions().forEach((wrong) -> sources.add(wrong.source()));
			coding.acceptedSolutions().forEach((accepted) -> sources.add(accepted.source()));
			for (String source : sources) {
				Matcher imports = IMPORT.matcher(source);
				while (imports.find()) {
					assertThat(imports.group(2)).as(problem.slug()).startsWith("java.util.");
				}
				assertThat(FORBIDDEN.matcher(source).find()).as("%s uses a forbidden API", problem.slug()).isFalse();
			}
		}
	}

	@Test
	void hintsAreProgressiveAndDistinct() {
		for (Problem problem : BANK.codingProblems()) {
			assertThat(problem.hints()).as(problem.slug()).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(2);
		}
	}

}
