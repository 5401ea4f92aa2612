package com.mljudge.authoring.internal;

/**
 * A known-wrong solution: class file name under wrong/, the verdict it must get, why, its
 * source.
 */
public class WrongRow {

	private String name = "";

	private String expected = "WRONG_ANSWER";

	private String why = "";

	private String source = "";

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getExpected() {
		return this.expected;
	}

	public void setExpected(String expected) {
		this.expected = expected;
	}

	public String getWhy() {
		return this.why;
	}

	public void setWhy(String why) {
		this.why = why;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	boolean isBlank() {
		return this.name.isBlank() && this.source.isBlank();
	}

}
