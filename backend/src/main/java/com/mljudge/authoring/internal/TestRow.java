package com.mljudge.authoring.internal;

/** One test: literal arguments (JSON) or a seeded generator. */
public class TestRow {

	private String name = "";

	private boolean sample;

	private String weight = "1";

	private String args = "";

	private String generator = "";

	private String seed = "";

	private String params = "";

	private String truth = "";

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public boolean isSample() {
		return this.sample;
	}

	public void setSample(boolean sample) {
		this.sample = sample;
	}

	public String getWeight() {
		return this.weight;
	}

	public void setWeight(String weight) {
		this.weight = weight;
	}

	public String getArgs() {
		return this.args;
	}

	public void setArgs(String args) {
		this.args = args;
	}

	public String getGenerator() {
		return this.generator;
	}

	public void setGenerator(String generator) {
		this.generator = generator;
	}

	public String getSeed() {
		return this.seed;
	}

	public void setSeed(String seed) {
		this.seed = seed;
	}

	public String getParams() {
		return this.params;
	}

	public void setParams(String params) {
		this.params = params;
	}

	public String getTruth() {
		return this.truth;
	}

	public void setTruth(String truth) {
		this.truth = truth;
	}

	boolean isBlank() {
		return this.name.isBlank() && this.args.isBlank() && this.generator.isBlank();
	}

}
