package com.mljudge.judge.internal.compile;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import com.mljudge.judge.CompileLimits;
import com.mljudge.judge.Diagnostic;

/**
 * Compiles a user source in-process: Janino first, the JDK compiler when Janino cannot.
 * Both run on a compiler thread with a large stack, under a timeout. Compiler threads are
 * kept for the next compile for a minute (starting one cost 1.6 ms at the median on a
 * busy 2-core machine, over 4 ms for one in ten); a compile that runs past its timeout
 * keeps its thread to itself until it ends, and the next compile gets another.
 */
public final class SourceCompiler {

	private static final AtomicLong SEQUENCE = new AtomicLong();

	private static final long COMPILER_STACK_BYTES = 16L << 20;

	private static final ExecutorService THREADS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
			new SynchronousQueue<>(), (task) -> {
				Thread thread = new Thread(null, task, "judge-compiler-" + SEQUENCE.incrementAndGet(),
						COMPILER_STACK_BYTES);
				thread.setDaemon(true);
				return thread;
			});

	private final CompileLimits limits;

	public SourceCompiler(CompileLimits limits) {
		this.limits = limits;
	}

	/**
	 * @param className the public class the source declares; names the file for javac
	 */
	public CompiledClasses compile(String className, String source) throws CompileFailure {
		SourceShape.check(source, this.limits);
		String fileName = className + ".java";
		return onWorker(() -> {
			Map<String, byte[]> janino = JaninoCompiler.suits(source) ? JaninoCompiler.compile(fileName, source) : null;
			if (janino != null) {
				return new CompiledClasses("janino", janino);
			}
			return new CompiledClasses("javac", JavacCompiler.compile(fileName, source));
		});
	}

	/** The JDK compiler only: the path taken when Janino declines. */
	public CompiledClasses compileWithJavac(String className, String source) throws CompileFailure {
		SourceShape.check(source, this.limits);
		return onWorker(() -> new CompiledClasses("javac", JavacCompiler.compile(className + ".java", source)));
	}

	private CompiledClasses onWorker(Callable<CompiledClasses> work) throws CompileFailure {
		Future<CompiledClasses> task = THREADS.submit(work);
		try {
			return task.get(this.limits.timeoutMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			task.cancel(true);
			throw new CompileFailure(null, List
				.of(new Diagnostic(0, 0, "compilation took longer than " + this.limits.timeoutMillis() + " ms")));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CompileFailure(null, List.of(new Diagnostic(0, 0, "compilation interrupted")));
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof CompileFailure failure) {
				throw failure;
			}
			if (ex.getCause() instanceof StackOverflowError) {
				throw new CompileFailure(null, List.of(new Diagnostic(0, 0, "code is too deeply nested to compile")));
			}
			throw CompileFailure.internal(null,
					"the compiler failed on this source: a fault in the compiler, not an error in your code");
		}
	}

}
