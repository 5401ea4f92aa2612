package com.mljudge.judge.internal.compile;

import java.io.StringReader;
import java.util.Map;

import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;

/**
 * Janino: about a millisecond for a small class, but no lambdas, records, var, switch expressions
 * and only loose generics. Any failure here only means "try javac".
 */
final class JaninoCompiler {

	private JaninoCompiler() {
	}

	/** Returns the class files, or null when Janino cannot (or will not) compile the source. */
	static Map<String, byte[]> compile(String fileName, String source) {
		try {
			SimpleCompiler compiler = new SimpleCompiler();
			// Only the JDK is visible while compiling: judge and Spring classes cannot be named.
			compiler.setParentClassLoader(ClassLoader.getPlatformClassLoader());
			compiler.setDebuggingInformation(true, true, false);
			compiler.cook(fileName, new StringReader(source));
			return compiler.getBytecodes();
		}
		catch (CompileException | RuntimeException | StackOverflowError | LinkageError ex) {
			// InternalCompilerException is a RuntimeException; LinkageError covers odd class lookups.
			return null;
		}
		catch (java.io.IOException ex) {
			return null;
		}
	}

}
