package com.mljudge.authoring.internal;

/** A known-wrong solution, under wrong/, and the verdict it must get. */
public class WrongRow extends SolutionRow {

	private String expected = "WRONG_ANSWER";

	public String getExpected() {
		return this.expected;
	}

	public void setExpected(String expected) {
		this.expected = expected;
	}

}
