package com.mljudge.judge.internal.run;

import java.util.Map;
import java.util.Set;

/**
 * A submission's instrumented classes defined in their own {@link SandboxLoader}, for one
 * verdict.
 */
public final class LoadedClasses {

	private final SandboxLoader loader;

	private final Set<String> names;

	public LoadedClasses(Map<String, byte[]> instrumented) {
		this.loader = new SandboxLoader(Map.copyOf(instrumented));
		this.names = Set.copyOf(instrumented.keySet());
	}

	ClassLoader loader() {
		return this.loader;
	}

	Set<String> names() {
		return this.names;
	}

}
