package com.mljudge.problembank;

/**
 * One test of a coding problem with its arguments already converted to the signature's Java types
 * (generated tests are materialised at load time). The arrays are shared: copy them before handing
 * them to untrusted code. {@code truth} is the held-out answer for metric checkers, else null;
 * {@code generator} is null for literal tests.
 */
public record TestSpec(String name, boolean sample, int weight, Object[] args, Object truth,
		GeneratorSpec generator) {

	public boolean generated() {
		return this.generator != null;
	}

}
