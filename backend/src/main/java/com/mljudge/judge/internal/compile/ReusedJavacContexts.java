package com.mljudge.judge.internal.compile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.tools.DiagnosticListener;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDK compiler with its symbol tables kept between compiles. A plain {@code javac}
 * task starts from an empty context and reads the JDK's classes
 * ({@code java.lang.String}, {@code java.util.List} ...) again every time: most of a
 * small source's compile time. {@code jdk.compiler}'s own {@code JavacTaskPool} (what the
 * JDK's test suites compile with) keeps a finished context, drops the compiled classes
 * from it and hands it to the next task; a context whose source redefined a
 * {@code java.*} class is thrown away instead.
 * <p>
 * The pool lives in a package {@code jdk.compiler} does not export, so it is used only
 * when the JVM was started with
 * {@code --add-exports jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED} (the application
 * jar's manifest says so for {@code java -jar}, the build for tests); otherwise
 * {@link #available()} is false and every compile takes the plain path. Each context
 * keeps the first file manager it was given, so a context and its file manager are lent
 * out together, to one compile at a time, and retired after {@value #USES_PER_CONTEXT}
 * compiles: a context's name table only grows, with every identifier a user wrote.
 * <p>
 * Nothing of one user's compile may reach the next: {@link DeclaredClasses} sweeps every
 * class the source declared out of the symbol table (the pool's own cleanup misses nested
 * and local classes, which made a later valid source fail), a source that declares a
 * package retires its context (a package symbol marked as existing would outlive it), and
 * so does a compile in which javac failed internally. The sweep needs
 * {@code jdk.compiler/com.sun.tools.javac.code} exported as well; without it contexts are
 * not reused at all. {@code ReusedJavacContextsTests} compiles a corpus of sources in
 * shuffled orders through the reused contexts and compares every outcome with a fresh
 * compile.
 */
final class ReusedJavacContexts {

	private static final Logger log = LoggerFactory.getLogger(ReusedJavacContexts.class);

	private static final String API_PACKAGE = "com.sun.tools.javac.api";

	static final int USES_PER_CONTEXT = 500;

	private static final int MAX_IDLE = 2;

	private static final ReusedJavacContexts INSTANCE = create();

	private final JavaCompiler javac;

	private final Constructor<?> newPool;

	private final Method getTask;

	private final Class<?> workerType;

	private final DeclaredClasses declared;

	private final ConcurrentLinkedQueue<Lent> idle = new ConcurrentLinkedQueue<>();

	private ReusedJavacContexts(JavaCompiler javac, Constructor<?> newPool, Method getTask, Class<?> workerType,
			DeclaredClasses declared) {
		this.javac = javac;
		this.newPool = newPool;
		this.getTask = getTask;
		this.workerType = workerType;
		this.declared = declared;
	}

	/**
	 * The shared instance, or null when the pool is out of reach (not exported to us, or
	 * no JDK compiler).
	 */
	static ReusedJavacContexts instance() {
		return INSTANCE;
	}

	static boolean available() {
		return INSTANCE != null;
	}

	private static ReusedJavacContexts create() {
		JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
		Module compiler = ModuleLayer.boot().findModule("jdk.compiler").orElse(null);
		DeclaredClasses declared = DeclaredClasses.open();
		if (javac == null || compiler == null || declared == null
				|| !compiler.isExported(API_PACKAGE, ReusedJavacContexts.class.getModule())) {
			log.info(
					"javac contexts are not reused (start the JVM with --add-exports jdk.compiler/{}=ALL-UNNAMED"
							+ " --add-exports jdk.compiler/com.sun.tools.javac.code=ALL-UNNAMED to compile faster)",
					API_PACKAGE);
			return null;
		}
		try {
			Class<?> pool = Class.forName(API_PACKAGE + ".JavacTaskPool", true, compiler.getClassLoader());
			Class<?> workerType = Class.forName(API_PACKAGE + ".JavacTaskPool$Worker", true, compiler.getClassLoader());
			Method getTask = pool.getMethod("getTask", Writer.class, JavaFileManager.class, DiagnosticListener.class,
					Iterable.class, Iterable.class, Iterable.class, workerType);
			return new ReusedJavacContexts(javac, pool.getConstructor(int.class), getTask, workerType, declared);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			log.warn("javac contexts are not reused: {}", ex.toString());
			return null;
		}
	}

	private static Object objectMethod(Object proxy, Method method, Object[] args) {
		switch (method.getName()) {
			case "hashCode":
				return System.identityHashCode(proxy);
			case "equals":
				return proxy == args[0];
			default:
				return "ReusedJavacContexts.worker";
		}
	}

	/** How a compile in a reused context ended. */
	enum Outcome {

		/** Class files were written. */
		COMPILED,
		/** javac reported errors in the source. */
		ERRORS,
		/**
		 * javac failed without an error in the source (an exception inside the compiler);
		 * the context was retired.
		 */
		CRASHED

	}

	/**
	 * Compiles one source into {@code outputs} (class name to bytes).
	 * @param crashReport receives what javac prints when it fails internally
	 * @throws IOException when the file manager could not be opened
	 */
	Outcome compile(JavaFileObject unit, List<String> options, DiagnosticListener<? super JavaFileObject> diagnostics,
			Map<String, ByteArrayOutputStream> outputs, Writer crashReport) throws IOException {
		Lent lent = this.idle.poll();
		if (lent == null) {
			lent = lend();
		}
		lent.output.target(outputs);
		Run run = new Run(diagnostics);
		try {
			this.getTask.invoke(lent.pool, crashReport, lent.output, run, options, null, List.of(unit),
					run.worker(this.workerType, this.declared));
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InvocationTargetException ex) {
			// The context may be half-way through anything: it is not lent again.
			lent.close();
			log.warn("javac failed in a reused context", ex.getCause());
			return Outcome.CRASHED;
		}
		lent.output.target(null);
		boolean crashed = !run.ok && run.errors == 0;
		if (!crashed && run.reusable && ++lent.uses < USES_PER_CONTEXT && this.idle.size() < MAX_IDLE) {
			this.idle.offer(lent);
		}
		else {
			lent.close();
		}
		if (crashed) {
			return Outcome.CRASHED;
		}
		return run.ok ? Outcome.COMPILED : Outcome.ERRORS;
	}

	/**
	 * One compile: counts its errors, notes a package declaration and forgets its classes
	 * once javac is done.
	 */
	private static final class Run implements DiagnosticListener<JavaFileObject>, TaskListener {

		private final DiagnosticListener<? super JavaFileObject> diagnostics;

		private int errors;

		private boolean ok;

		/**
		 * False once the source declared a package (its symbol, marked as existing, would
		 * outlive the compile) or the sweep failed.
		 */
		private boolean reusable = true;

		Run(DiagnosticListener<? super JavaFileObject> diagnostics) {
			this.diagnostics = diagnostics;
		}

		@Override
		public void report(javax.tools.Diagnostic<? extends JavaFileObject> diagnostic) {
			if (diagnostic.getKind() == javax.tools.Diagnostic.Kind.ERROR) {
				this.errors++;
			}
			this.diagnostics.report(diagnostic);
		}

		@Override
		public void finished(TaskEvent event) {
			if (event.getKind() == TaskEvent.Kind.PARSE && event.getCompilationUnit().getPackage() != null) {
				this.reusable = false;
			}
		}

		Object worker(Class<?> workerType, DeclaredClasses declared) {
			return Proxy.newProxyInstance(ReusedJavacContexts.class.getClassLoader(), new Class<?>[] { workerType },
					(proxy, method, args) -> {
						if ("withTask".equals(method.getName())) {
							JavacTask task = (JavacTask) args[0];
							task.addTaskListener(this);
							Object context = context(task, declared);
							try {
								this.ok = Boolean.TRUE.equals(task.call());
							}
							finally {
								sweep(context, declared);
							}
							return this.ok;
						}
						return objectMethod(proxy, method, args);
					});
		}

		private Object context(JavacTask task, DeclaredClasses declared) {
			try {
				return declared.contextOf(task);
			}
			catch (ReflectiveOperationException | RuntimeException ex) {
				return null;
			}
		}

		private void sweep(Object context, DeclaredClasses declared) {
			try {
				if (context == null) {
					throw new IllegalStateException("the task's context was out of reach");
				}
				declared.forget(context);
			}
			catch (ReflectiveOperationException | RuntimeException ex) {
				log.warn("a javac context could not be cleaned and is not reused", ex);
				this.reusable = false;
			}
		}

	}

	private Lent lend() throws IOException {
		StandardJavaFileManager standard = this.javac.getStandardFileManager(null, Locale.ROOT, null);
		// Nothing but the JDK on the class path: the application's classes cannot be
		// named.
		standard.setLocation(StandardLocation.CLASS_PATH, List.of());
		try {
			return new Lent(this.newPool.newInstance(1), new MemoryOutput(standard));
		}
		catch (ReflectiveOperationException ex) {
			standard.close();
			throw new IllegalStateException(ex);
		}
	}

	/** A pool of one context and the file manager that context keeps. */
	private static final class Lent {

		private final Object pool;

		private final MemoryOutput output;

		private int uses;

		Lent(Object pool, MemoryOutput output) {
			this.pool = pool;
			this.output = output;
		}

		void close() {
			try {
				this.output.close();
			}
			catch (IOException ex) {
				// Nothing left to release.
			}
		}

	}

}
