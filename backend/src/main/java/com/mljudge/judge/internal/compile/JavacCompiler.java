package com.mljudge.judge.internal.compile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

import com.mljudge.judge.Diagnostic;

/**
 * The JDK compiler, in memory: full Java 17, every diagnostic with line and column.
 */
final class JavacCompiler {

	private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

	private static final List<String> OPTIONS = List.of("--release", "17", "-g", "-proc:none", "-implicit:none",
			"-Xlint:none", "-XDuseUnsharedTable=true");

	private JavacCompiler() {
	}

	static Map<String, byte[]> compile(String fileName, String source) throws CompileFailure {
		return compile(fileName, source, List.of());
	}

	static Map<String, byte[]> compile(String fileName, String source, List<java.io.File> classPath)
			throws CompileFailure {
		if (JAVAC == null) {
			throw new CompileFailure("javac", List.of(new Diagnostic(0, 0, "the Java compiler is not available")));
		}
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		Map<String, ByteArrayOutputStream> outputs = new HashMap<>();
		try (StandardJavaFileManager standard = JAVAC.getStandardFileManager(null, Locale.ROOT, null)) {
			// Nothing but the JDK on the class path: the application's classes cannot be named.
			standard.setLocation(StandardLocation.CLASS_PATH, classPath);
			JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + fileName),
					JavaFileObject.Kind.SOURCE) {
				@Override
				public CharSequence getCharContent(boolean ignoreEncodingErrors) {
					return source;
				}
			};
			ForwardingJavaFileManager<StandardJavaFileManager> memory = new ForwardingJavaFileManager<>(standard) {
				@Override
				public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
						FileObject sibling) {
					return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
						@Override
						public OutputStream openOutputStream() {
							return outputs.computeIfAbsent(className, (name) -> new ByteArrayOutputStream());
						}
					};
				}
			};
			boolean ok = JAVAC.getTask(null, memory, diagnostics, OPTIONS, null, List.of(unit)).call();
			if (!ok) {
				throw new CompileFailure("javac", errors(diagnostics));
			}
		}
		catch (IOException ex) {
			throw new CompileFailure("javac", List.of(new Diagnostic(0, 0, "compiler I/O failure")));
		}
		Map<String, byte[]> classes = new HashMap<>();
		outputs.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
		return classes;
	}

	private static List<Diagnostic> errors(DiagnosticCollector<JavaFileObject> collector) {
		List<Diagnostic> errors = new ArrayList<>();
		for (javax.tools.Diagnostic<? extends JavaFileObject> d : collector.getDiagnostics()) {
			if (d.getKind() == javax.tools.Diagnostic.Kind.ERROR) {
				errors.add(new Diagnostic((int) Math.max(0, d.getLineNumber()), (int) Math.max(0, d.getColumnNumber()),
						d.getMessage(Locale.ROOT)));
			}
		}
		if (errors.isEmpty()) {
			errors.add(new Diagnostic(0, 0, "compilation failed"));
		}
		errors.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
		return errors;
	}

}
