package com.mljudge.judge.internal.instrument;

import java.util.Map;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Library calls that are allowed only through the judge's {@code sandbox.LibraryCalls}:
 * formatting goes there instead (widths checked). Endless stream sources
 * ({@code generate}, {@code iterate}) are bounded by {@link CostlyCalls}.
 */
final class LibraryRedirects {

	static final String CALLS = "com/mljudge/judge/internal/sandbox/LibraryCalls";

	private static final String FORMAT_ARGS = "Ljava/lang/String;[Ljava/lang/Object;)";

	private static final String LOCALE = "Ljava/util/Locale;";

	private static final String PRINT_STREAM = "Ljava/io/PrintStream;";

	/** JDK method (owner.name+descriptor) to the LibraryCalls method replacing it. */
	private static final Map<String, String[]> REPLACED = Map.of("java/lang/Math.random()D",
			new String[] { "random", "()D" }, "java/lang/StrictMath.random()D", new String[] { "random", "()D" },
			"java/lang/String.format(" + FORMAT_ARGS + "Ljava/lang/String;",
			new String[] { "format", "(" + FORMAT_ARGS + "Ljava/lang/String;" },
			"java/lang/String.format(" + LOCALE + FORMAT_ARGS + "Ljava/lang/String;",
			new String[] { "format", "(" + LOCALE + FORMAT_ARGS + "Ljava/lang/String;" },
			"java/lang/String.formatted([Ljava/lang/Object;)Ljava/lang/String;",
			new String[] { "formatted", "(" + FORMAT_ARGS + "Ljava/lang/String;" },
			"java/io/PrintStream.printf(" + FORMAT_ARGS + PRINT_STREAM,
			new String[] { "printf", "(" + PRINT_STREAM + FORMAT_ARGS + PRINT_STREAM },
			"java/io/PrintStream.printf(" + LOCALE + FORMAT_ARGS + PRINT_STREAM,
			new String[] { "printf", "(" + PRINT_STREAM + LOCALE + FORMAT_ARGS + PRINT_STREAM },
			"java/io/PrintStream.format(" + FORMAT_ARGS + PRINT_STREAM,
			new String[] { "printf", "(" + PRINT_STREAM + FORMAT_ARGS + PRINT_STREAM },
			"java/io/PrintStream.format(" + LOCALE + FORMAT_ARGS + PRINT_STREAM,
			new String[] { "printf", "(" + PRINT_STREAM + LOCALE + FORMAT_ARGS + PRINT_STREAM });

	private LibraryRedirects() {
	}

	/** Rewrites the call in place when it is one of these; leaves it alone otherwise. */
	static void apply(InsnList code, MethodInsnNode call) {
		String[] replacement = REPLACED.get(call.owner + "." + call.name + call.desc);
		if (replacement != null) {
			code.set(call, new MethodInsnNode(Opcodes.INVOKESTATIC, CALLS, replacement[0], replacement[1], false));
		}
	}

}
