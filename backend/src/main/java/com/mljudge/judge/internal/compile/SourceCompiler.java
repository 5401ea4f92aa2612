package com.mljudge.judge.internal.compile;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import java.util.concurrent.atomic.AtomicReference;

import com.mljudge.judge.CompileLimits;
import com.mljudge.judge.Diagnostic;

/**
 * Compiles a user source in-process: Janino first, the JDK compiler when Janino cannot.
 * Both run on a compiler thread with a large stack, under a limit on its CPU time.
 * Compiler threads are kept for the next compile for a minute (starting one cost 1.6 ms
 * at the median on a busy 2-core machine, over 4 ms for one in ten); a compile that runs
 * past its timeout keeps its thread to itself until it ends, and the next compile gets
 * another.
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

	/**
	 * How often a waiting compile's CPU time is read; a compile that ends sooner is
	 * answered at once.
	 */
	private static final long POLL_MILLIS = 20;

	/**
	 * The limit is the compiler thread's CPU time: on a loaded machine (GraalPy warming
	 * up beside it, say) a bank reference took more than 10 s of wall time to compile and
	 * was refused. Wall time past this many times the limit means the server, not the
	 * source, is the trouble: an internal error, judged again.
	 */
	private static final long WALL_FACTOR = 12;

	private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

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
		AtomicReference<Thread> compiler = new AtomicReference<>();
		AtomicLong cpuStart = new AtomicLong();
		Future<CompiledClasses> task = THREADS.submit(() -> {
			cpuStart.set(CPU.getCurrentThreadCpuTime());
			compiler.set(Thread.currentThread());
			try {
				return work.call();
			}
			finally {
				compiler.set(null);
			}
		});
		long timeout = TimeUnit.MILLISECONDS.toNanos(this.limits.timeoutMillis());
		long wallDeadline = System.nanoTime() + WALL_FACTOR * timeout;
		try {
			while (true) {
				try {
					return task.get(Math.min(POLL_MILLIS, this.limits.timeoutMillis()), TimeUnit.MILLISECONDS);
				}
				catch (TimeoutException ex) {
					Thread thread = compiler.get();
					long cpu = (thread != null) ? CPU.getThreadCpuTime(thread.getId()) - cpuStart.get() : 0;
					if (thread != null && cpu > timeout) {
						task.cancel(true);
						throw new CompileFailure(null, List.of(new Diagnostic(0, 0,
								"compilation took more than " + this.limits.timeoutMillis() + " ms of CPU time")));
					}
					if (System.nanoTime() - wallDeadline > 0) {
						task.cancel(true);
						throw CompileFailure.internal(null,
								"the server was too busy to compile this source within "
										+ TimeUnit.NANOSECONDS.toSeconds(WALL_FACTOR * timeout)
										+ " s; it is not an error in your code");
					}
				}
			}
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
