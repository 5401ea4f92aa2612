package com.mljudge.judge.internal.compile;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mljudge.judge.Diagnostic;

/**
 * The JDK compiler, in memory: full Java 17, every diagnostic with line and column.
 */
final class JavacCompiler {

	private static final Logger log = LoggerFactory.getLogger(JavacCompiler.class);

	private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

	private static final String COMPILER_FAULT = "the Java compiler failed on this source: a fault in the compiler,"
			+ " not an error in your code";

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
		return compile(unit(fileName, source), classPath);
	}

	/** In a context of its own whatever the pool holds: what every compile must match. */
	static Map<String, byte[]> compileInFreshContext(String fileName, String source) throws CompileFailure {
		Attempt attempt = new Attempt();
		return attempt.result(fresh(unit(fileName, source), List.of(), attempt));
	}

	static JavaFileObject unit(String fileName, String source) {
		return new SimpleJavaFileObject(URI.create(DeclaredClasses.SOURCE_SCHEME + ":///" + fileName),
				JavaFileObject.Kind.SOURCE) {
			@Override
			public CharSequence getCharContent(boolean ignoreEncodingErrors) {
				return source;
			}
		};
	}

	static Map<String, byte[]> compile(JavaFileObject unit, List<File> classPath) throws CompileFailure {
		if (JAVAC == null) {
			throw new CompileFailure("javac", List.of(new Diagnostic(0, 0, "the Java compiler is not available")));
		}
		ReusedJavacContexts reused = ReusedJavacContexts.instance();
		if (reused != null && classPath.isEmpty()) {
			Attempt attempt = new Attempt();
			try {
				ReusedJavacContexts.Outcome outcome = reused.compile(unit, OPTIONS, attempt.diagnostics,
						attempt.outputs, attempt.report);
				if (outcome != ReusedJavacContexts.Outcome.CRASHED) {
					return attempt.result(outcome == ReusedJavacContexts.Outcome.COMPILED);
				}
			}
			catch (IOException ex) {
				throw new CompileFailure("javac", List.of(new Diagnostic(0, 0, "compiler I/O failure")));
			}
			// A fault of javac (or of the reused context): never the user's compile
			// error. Once more in a fresh context before giving up.
			log.warn("javac failed internally in a reused context; compiling again in a fresh one:\n{}",
					attempt.report);
		}
		Attempt fresh = new Attempt();
		boolean ok = fresh(unit, classPath, fresh);
		if (!ok && fresh.errors().isEmpty()) {
			String report = fresh.report.toString();
			log.error("javac failed internally on a source:\n{}", report);
			if (report.contains("StackOverflowError")) {
				throw new CompileFailure("javac",
						List.of(new Diagnostic(0, 0, "code is too deeply nested to compile")));
			}
			throw CompileFailure.internal("javac", COMPILER_FAULT + " (it was tried twice)");
		}
		return fresh.result(ok);
	}

	/** A compile in a context of its own, as javac's command line would do it. */
	private static boolean fresh(JavaFileObject unit, List<File> classPath, Attempt attempt) throws CompileFailure {
		StandardJavaFileManager standard = null;
		try {
			standard = borrow(classPath);
			MemoryOutput memory = new MemoryOutput(standard);
			memory.target(attempt.outputs);
			boolean ok = JAVAC.getTask(attempt.report, memory, attempt.diagnostics, OPTIONS, null, List.of(unit))
				.call();
			if (ok || !errors(attempt.diagnostics).isEmpty()) {
				giveBack(standard, classPath);
				standard = null;
			}
			return ok;
		}
		catch (IOException ex) {
			throw new CompileFailure("javac", List.of(new Diagnostic(0, 0, "compiler I/O failure")));
		}
		catch (RuntimeException ex) {
			log.error("javac threw on a source", ex);
			throw CompileFailure.internal("javac", COMPILER_FAULT);
		}
		finally {
			closeQuietly(standard);
		}
	}

	/** One try at compiling: its diagnostics, class files and what javac printed. */
	private static final class Attempt {

		private final DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();

		private final Map<String, ByteArrayOutputStream> outputs = new HashMap<>();

		private final StringWriter report = new StringWriter();

		List<Diagnostic> errors() {
			return JavacCompiler.errors(this.diagnostics);
		}

		Map<String, byte[]> result(boolean ok) throws CompileFailure {
			if (!ok) {
				List<Diagnostic> errors = errors();
				throw new CompileFailure("javac",
						errors.isEmpty() ? List.of(new Diagnostic(0, 0, "compilation failed")) : errors);
			}
			return bytes(this.outputs);
		}

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
		errors.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
		return errors;
	}

}
