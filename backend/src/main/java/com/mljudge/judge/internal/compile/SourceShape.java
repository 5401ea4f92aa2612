package com.mljudge.judge.internal.compile;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.mljudge.judge.CompileLimits;
import com.mljudge.judge.Diagnostic;

/**
 * Cheap checks before any compiler sees a source: compilers are recursive-descent
 * parsers, so an oversized or absurdly nested source must not reach them.
 */
final class SourceShape {

	private SourceShape() {
	}

	static void check(String source, CompileLimits limits) throws CompileFailure {
		int bytes = source.getBytes(StandardCharsets.UTF_8).length;
		if (bytes > limits.maxSourceBytes()) {
			throw refuse(1, 1, "source is too large: " + bytes + " bytes (limit " + limits.maxSourceBytes() + ")");
		}
		int depth = 0;
		int line = 1;
		int column = 0;
		int n = source.length();
		for (int i = 0; i < n; i++) {
			char c = source.charAt(i);
			column++;
			if (c == '\n') {
				line++;
				column = 0;
			}
			else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
				while (i + 1 < n && source.charAt(i + 1) != '\n') {
					i++;
				}
			}
			else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
				i++;
				while (i + 1 < n && !(source.charAt(i) == '*' && source.charAt(i + 1) == '/')) {
					if (source.charAt(++i) == '\n') {
						line++;
						column = 0;
					}
				}
				i++;
			}
			else if (c == '"' || c == '\'') {
				while (i + 1 < n && source.charAt(i + 1) != c && source.charAt(i + 1) != '\n') {
					if (source.charAt(++i) == '\\') {
						i++;
					}
				}
				i++;
			}
			else if (c == '(' || c == '{' || c == '[') {
				if (++depth > limits.maxNestingDepth()) {
					throw refuse(line, column,
							"code is nested too deeply (more than " + limits.maxNestingDepth() + " levels)");
				}
			}
			else if (c == ')' || c == '}' || c == ']') {
				depth--;
			}
		}
	}

	private static CompileFailure refuse(int line, int column, String message) {
		return new CompileFailure(null, List.of(new Diagnostic(line, column, message)));
	}

}
