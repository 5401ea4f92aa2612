package com.mljudge.judge.internal.compile;

import java.util.Map;

/**
 * Class files by binary name ({@code Solution$Node}) and which compiler produced them.
 */
public record CompiledClasses(String compiler, Map<String, byte[]> classes) {

	public CompiledClasses {
		classes = Map.copyOf(classes);
	}

}
