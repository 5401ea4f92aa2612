package com.mljudge.judge.internal.verify;

/**
 * A use of something user code may not touch: the API's name and the source line (0 if
 * unknown).
 */
public record Violation(String api, int line, String reason) {

	public String message() {
		return this.reason + ": " + this.api;
	}

}
