package com.mljudge.judge.internal.compile;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.tools.DiagnosticCollector;
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

	/**
	 * Java 17. On a JDK 17 runtime the compiler's own platform is exactly that, and
	 * skipping {@code --release} halves the compile time (no symbol file lookups);
	 * elsewhere {@code --release 17} keeps users to the Java 17 language and API.
	 */
	private static final List<String> OPTIONS = (Runtime.version().feature() == 17)
			? List.of("-g", "-proc:none", "-implicit:none", "-Xlint:none", "-XDuseUnsharedTable=true") : List
				.of("--release", "17", "-g", "-proc:none", "-implicit:none", "-Xlint:none", "-XDuseUnsharedTable=true");

	/**
	 * Standard file managers are expensive to create (they open the JDK's symbol files)
	 * and not thread-safe, so each compile borrows one for the user-code class path.
	 */
	private static final ConcurrentLinkedQueue<StandardJavaFileManager> IDLE = new ConcurrentLinkedQueue<>();

	private static final int MAX_IDLE = 4;

	private JavacCompiler() {
	}

	private static StandardJavaFileManager borrow(List<File> classPath) throws IOException {
		StandardJavaFileManager manager = classPath.isEmpty() ? IDLE.poll() : null;
		if (manager == null) {
			manager = JAVAC.getStandardFileManager(null, Locale.ROOT, null);
			// Nothing but the JDK on the class path: the application's classes cannot be
			// named.
			manager.setLocation(StandardLocation.CLASS_PATH, classPath);
		}
		return manager;
	}

	private static void giveBack(StandardJavaFileManager manager, List<File> classPath) throws IOException {
		if (classPath.isEmpty() && IDLE.size() < MAX_IDLE) {
			IDLE.offer(manager);
		}
		else {
			manager.close();
		}
	}

	static Map<String, byte[]> compile(String fileName, String source) throws CompileFailure {
		return compile(fileName, source, List.of());
	}

	static Map<String, byte[]> compile(String fileName, String source, List<File> classPath) throws CompileFailure {
		if (JAVAC == null) {
			throw new CompileFailure("javac", List.of(new Diagnostic(0, 0, "the Java compiler is not available")));
		}
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		Map<String, ByteArrayOutputStream> outputs = new HashMap<>();
		JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + fileName),
				JavaFileObject.Kind.SOURCE) {
			@Override
			public CharSequence getCharContent(boolean ignoreEncodingErrors) {
				return source;
			}
		};
		ReusedJavacContexts reused = ReusedJavacContexts.instance();
		if (reused != null && classPath.isEmpty()) {
			try {
				if (!reused.compile(unit, OPTIONS, diagnostics, outputs)) {
					throw new CompileFailure("javac", errors(diagnostics));
				}
			}
			catch (IOException ex) {
				throw new CompileFailure("javac", List.of(new Diagnostic(0, 0, "compiler I/O failure")));
			}
			return bytes(outputs);
		}
		StandardJavaFileManager standard = null;
		try {
			standard = borrow(classPath);
			MemoryOutput memory = new MemoryOutput(standard);
			memory.target(outputs);
			boolean ok = JAVAC.getTask(null, memory, diagnostics, OPTIONS, null, List.of(unit)).call();
			giveBack(standard, classPath);
			standard = null;
			if (!ok) {
				throw new CompileFailure("javac", errors(diagnostics));
			}
		}
		catch (IOException ex) {
			throw new CompileFailure("javac", List.of(new Diagnostic(0, 0, "compiler I/O failure")));
		}
		finally {
			closeQuietly(standard);
		}
		return bytes(outputs);
	}

	private static Map<String, byte[]> bytes(Map<String, ByteArrayOutputStream> outputs) {
		Map<String, byte[]> classes = new HashMap<>();
		outputs.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
		return classes;
	}

	/**
	 * A manager whose compile failed unexpectedly is not reused: its state is unknown.
	 */
	private static void closeQuietly(StandardJavaFileManager manager) {
		if (manager != null) {
			try {
				manager.close();
			}
			catch (IOException ex) {
				// Nothing left to release.
			}
		}
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
