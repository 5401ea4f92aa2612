package com.mljudge.judge;

import java.util.Collections;
import java.util.List;

/**
 * Expected outputs of the reference solution, one per test, in test order. Values are
 * primitives, boxed numbers, Strings or arrays of those (never user-defined types).
 */
public record ReferenceOutputs(List<Object> outputs) {

	public ReferenceOutputs {
		// List.copyOf rejects nulls, and a reference may legitimately return null.
		outputs = Collections.unmodifiableList(new java.util.ArrayList<>(outputs));
	}

}
