package com.mljudge.problembank;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a problem's Java source in memory and loads it in a fresh class loader, so the
 * bank can be checked without the judge (which lives in the backend and depends on this
 * module).
 */
final class SolutionCompiler {

	private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();

	private SolutionCompiler() {
	}

	/**
	 * @throws IllegalStateException with javac's messages when the source does not
	 * compile
	 */
	static Class<?> compile(String className, String source) {
		Map<String, ByteArrayOutputStream> classes = new HashMap<>();
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		StandardJavaFileManager standard = COMPILER.getStandardFileManager(diagnostics, null, null);
		ForwardingJavaFileManager<StandardJavaFileManager> files = new ForwardingJavaFileManager<>(standard) {
			@Override
			public JavaFileObject getJavaFileForOutput(Location location, String name, JavaFileObject.Kind kind,
					FileObject sibling) {
				return new SimpleJavaFileObject(URI.create("mem:///" + name.replace('.', '/') + ".class"), kind) {
					@Override
					public OutputStream openOutputStream() {
						return classes.computeIfAbsent(name, (n) -> new ByteArrayOutputStream());
					}
				};
			}
		};
		JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + className + ".java"),
				JavaFileObject.Kind.SOURCE) {
			@Override
			public CharSequence getCharContent(boolean ignoreEncodingErrors) {
				return source;
			}
		};
		boolean ok = COMPILER
			.getTask(null, files, diagnostics, List.of("--release", "17", "-proc:none", "-nowarn"), null, List.of(unit))
			.call();
		if (!ok) {
			StringBuilder message = new StringBuilder("compile error:");
			for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
				message.append("\n  line ")
					.append(diagnostic.getLineNumber())
					.append(": ")
					.append(diagnostic.getMessage(null));
			}
			throw new IllegalStateException(message.toString());
		}
		ClassLoader loader = new ClassLoader(SolutionCompiler.class.getClassLoader()) {
			@Override
			protected Class<?> findClass(String name) throws ClassNotFoundException {
				ByteArrayOutputStream bytes = classes.get(name);
				if (bytes == null) {
					throw new ClassNotFoundException(name);
				}
				return defineClass(name, bytes.toByteArray(), 0, bytes.size());
			}
		};
		try {
			return loader.loadClass(className);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException("source does not define class " + className, ex);
		}
	}

}
