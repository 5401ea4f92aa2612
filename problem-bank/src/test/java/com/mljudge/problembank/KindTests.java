package com.mljudge.problembank;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KindTests {

	@Test
	void onlyKindsWithCodeAreJudged() {
		assertThat(Kind.yamlNames(Kind.Part.CODE)).containsExactly("coding");
		assertThat(Arrays.stream(Kind.values()).filter(Kind::isJudged)).containsExactly(Kind.CODING);
		assertThat(Kind.yamlNames(Kind.Part.ANSWER)).containsExactly("conceptual", "case-study", "system-design");
	}

	@Test
	void everyYamlSpellingNamesItsKindAndNothingElseDoes() {
		for (Kind kind : Kind.values()) {
			assertThat(Kind.fromYaml(kind.yamlName())).contains(kind);
		}
		assertThat(Kind.fromYaml("quiz")).isEmpty();
		assertThat(Kind.yamlNames()).hasSize(Kind.values().length);
	}

	@Test
	void aSystemDesignAnswerMayBeLongerThanAConceptualOne() {
		assertThat(Kind.SYSTEM_DESIGN.maxAnswerWords()).isGreaterThan(Kind.CONCEPTUAL.maxAnswerWords());
		assertThat(Kind.CODING.maxAnswerWords()).isZero();
	}

}
