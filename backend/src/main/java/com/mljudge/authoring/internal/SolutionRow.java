package com.mljudge.authoring.internal;

/**
 * A solution the form lists beside the reference: class file name, why it is written that
 * way, its source. {@link AcceptedRow} and {@link WrongRow} are its two lists.
 */
public abstract class SolutionRow {

	private String name = "";

	private String why = "";

	private String source = "";

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
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
