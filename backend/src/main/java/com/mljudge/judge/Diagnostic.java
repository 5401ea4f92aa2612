package com.mljudge.judge;

/**
 * A compile error or a verifier rejection, located in the user's source (1-based; 0 when
 * unknown).
 */
public record Diagnostic(int line, int column, String message) {

	@Override
	public String toString() {
		return "line " + line + ":" + column + ": " + message;
	}

}
