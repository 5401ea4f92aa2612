package com.mljudge.submissions.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineDiffTests {

	@Test
	void marksAddedRemovedAndUnchangedLinesInOrder() {
		List<LineDiff.Line> diff = LineDiff.between("a\nb\nc", "a\nx\nc\nd");
		assertThat(diff).extracting((l) -> l.marker() + l.text()).containsExactly(" a", "-b", "+x", " c", "+d");
	}

	@Test
	void identicalSourcesHaveNoChanges() {
		assertThat(LineDiff.between("x\ny", "x\ny"))
			.allSatisfy((l) -> assertThat(l.kind()).isEqualTo(LineDiff.Kind.SAME));
	}

	@Test
	void refusesSourcesTooLongToCompareCheaply() {
		String huge = "x\n".repeat(LineDiff.MAX_LINES + 1);
		assertThat(LineDiff.between(huge, "y")).isEmpty();
	}

}
