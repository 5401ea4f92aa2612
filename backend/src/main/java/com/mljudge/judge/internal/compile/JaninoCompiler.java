package com.mljudge.judge.internal.compile;

import java.io.StringReader;
import java.util.Map;
import java.util.regex.Pattern;

import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;

/**
 * Janino: about a millisecond for a small class, but no lambdas, records, var, switch
 * expressions and only loose generics. Any failure here only means "try javac".
 */
final class JaninoCompiler {

	private JaninoCompiler() {
	}

	/**
	 * Janino 3.1.12 miscompiles {@code finally} after a caught exception (the finally
	 * block runs twice: {@code catch (E e) { r = n; } finally { r++; }} adds 2). Such
	 * sources go to javac; a false positive (the word in a comment) only costs javac's
	 * time.
	 */
	private static final Pattern MISCOMPILED = Pattern.compile("\\bfinally\\b");

	/**
	 * What Janino 3.1.12 cannot compile, seen in the source: lambdas ({@code ->}), method
	 * references ({@code ::}), an array's {@code clone()} assigned or returned without a
	 * cast (Janino types it Object, so {@code double[] c = a.clone()} fails;
	 * {@code (double[]) a.clone()} compiles) and type arguments ({@code List<Integer>}:
	 * without inference {@code list.get(0)} is an Object). Such a source goes straight to
	 * javac instead of failing in Janino first, which cost about a quarter of javac's own
	 * time. Checked on the problem bank's 199 reference and wrong solutions: it sends all
	 * 61 that Janino rejects to javac, and 2 that Janino would have compiled (they only
	 * pay javac's time).
	 */
	private static final Pattern DECLINED = Pattern
		.compile("->|::|(=|return)\\s*[A-Za-z_][A-Za-z0-9_.]*(\\[[^]]*\\])*\\.clone\\(\\)|\\b[A-Z][A-Za-z0-9_]*<");

	static boolean suits(String source) {
		return !MISCOMPILED.matcher(source).find() && !DECLINED.matcher(source).find();
	}

	/**
	 * Returns the class files, or null when Janino cannot (or will not) compile the
	 * source.
	 */
	static Map<String, byte[]> compile(String fileName, String source) {
		try {
			SimpleCompiler compiler = new SimpleCompiler();
			// Only the JDK is visible while compiling: judge and Spring classes cannot be
			// named.
			compiler.setParentClassLoader(ClassLoader.getPlatformClassLoader());
			compiler.setDebuggingInformation(true, true, false);
			compiler.cook(fileName, new StringReader(source));
			return compiler.getBytecodes();
		}
		catch (CompileException | RuntimeException | StackOverflowError | LinkageError ex) {
			// InternalCompilerException is a RuntimeException; LinkageError covers odd
			// class lookups.
			return null;
		}
		catch (java.io.IOException ex) {
			return null;
		}
	}

}
