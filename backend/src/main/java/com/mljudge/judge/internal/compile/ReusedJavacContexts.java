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

	private final Object worker;

	private final ConcurrentLinkedQueue<Lent> idle = new ConcurrentLinkedQueue<>();

	private ReusedJavacContexts(JavaCompiler javac, Constructor<?> newPool, Method getTask, Object worker) {
		this.javac = javac;
		this.newPool = newPool;
		this.getTask = getTask;
		this.worker = worker;
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
		if (javac == null || compiler == null
				|| !compiler.isExported(API_PACKAGE, ReusedJavacContexts.class.getModule())) {
			log.info("javac contexts are not reused (start the JVM with --add-exports jdk.compiler/{}=ALL-UNNAMED"
					+ " to compile faster)", API_PACKAGE);
			return null;
		}
		try {
			Class<?> pool = Class.forName(API_PACKAGE + ".JavacTaskPool", true, compiler.getClassLoader());
			Class<?> workerType = Class.forName(API_PACKAGE + ".JavacTaskPool$Worker", true, compiler.getClassLoader());
			Method getTask = pool.getMethod("getTask", Writer.class, JavaFileManager.class, DiagnosticListener.class,
					Iterable.class, Iterable.class, Iterable.class, workerType);
			// The worker runs the task and answers whether it compiled.
			Object worker = Proxy.newProxyInstance(ReusedJavacContexts.class.getClassLoader(),
					new Class<?>[] { workerType }, (proxy, method, args) -> {
						if ("withTask".equals(method.getName())) {
							return ((JavacTask) args[0]).call();
						}
						return objectMethod(proxy, method, args);
					});
			return new ReusedJavacContexts(javac, pool.getConstructor(int.class), getTask, worker);
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

	/**
	 * Compiles one source into {@code outputs} (class name to bytes).
	 * @return whether javac reported success; its diagnostics went to {@code diagnostics}
	 * @throws IOException when the file manager could not be opened
	 */
	boolean compile(JavaFileObject unit, List<String> options, DiagnosticListener<? super JavaFileObject> diagnostics,
			Map<String, ByteArrayOutputStream> outputs) throws IOException {
		Lent lent = this.idle.poll();
		if (lent == null) {
			lent = lend();
		}
		lent.output.target(outputs);
		Boolean ok;
		try {
			ok = (Boolean) this.getTask.invoke(lent.pool, null, lent.output, diagnostics, options, null, List.of(unit),
					this.worker);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InvocationTargetException ex) {
			// The context may be half-way through anything: it is not lent again.
			lent.close();
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
		lent.output.target(null);
		if (++lent.uses < USES_PER_CONTEXT && this.idle.size() < MAX_IDLE) {
			this.idle.offer(lent);
		}
		else {
			lent.close();
		}
		return Boolean.TRUE.equals(ok);
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
