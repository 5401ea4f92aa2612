package com.mljudge.judge.internal.compile;

import java.io.File;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.codehaus.janino.SimpleCompiler;

import com.mljudge.judge.Diagnostic;

/**
 * Compiles trusted author code (custom checkers from the problem bank) against the
 * application's classes. No verification, no sandbox: this code is reviewed with the
 * problem.
 */
public final class TrustedCompiler {

	private TrustedCompiler() {
	}

	public static Class<?> compile(String className, String source, ClassLoader parent) throws CompileFailure {
		try {
			SimpleCompiler janino = new SimpleCompiler();
			janino.setParentClassLoader(parent);
			janino.setDebuggingInformation(true, true, false);
			janino.cook(className + ".java", new StringReader(source));
			return janino.getClassLoader().loadClass(className);
		}
		catch (Exception | StackOverflowError | LinkageError ex) {
			// Janino cannot: try javac against the class path (not in a nested-jar
			// layout).
		}
		List<File> classPath = Arrays.stream(System.getProperty("java.class.path", "").split(File.pathSeparator))
			.filter((entry) -> !entry.isBlank())
			.map(File::new)
			.toList();
		Map<String, byte[]> classes = JavacCompiler.compile(className + ".java", source, classPath);
		ClassLoader loader = new ClassLoader("judge-trusted", parent) {
			@Override
			protected Class<?> findClass(String name) throws ClassNotFoundException {
				byte[] bytes = classes.get(name);
				if (bytes == null) {
					throw new ClassNotFoundException(name);
				}
				return defineClass(name, bytes, 0, bytes.length);
			}
		};
		try {
			return loader.loadClass(className);
		}
		catch (ClassNotFoundException ex) {
			throw new CompileFailure("javac", List.of(new Diagnostic(0, 0, "class " + className + " not found")));
		}
	}

}
