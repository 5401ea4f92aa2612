package com.mljudge.python;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

import com.mljudge.judge.Limits;
import com.mljudge.judge.MemoryAccount;
import com.mljudge.judge.SolutionTime;
import com.mljudge.judge.Verdict;

/**
 * One Python submission: its own context (fresh, sandboxed, on the shared engine) on its
 * own thread, which runs the solution test by test while the calling thread watches its
 * CPU time, the submission's wall time, its output and its memory, and cancels the
 * context when one is over. After a kill the context is gone and no further test runs.
 */
final class PythonSubmission implements AutoCloseable {

	/**
	 * Allocation in one test past which the run is stopped whatever it holds: the Java
	 * judge's 128 GiB. Interpreted GraalPy boxes as it goes (0.3-0.8 GiB per second of
	 * CPU on the bank's numeric loops), so 4 GiB stopped honest solutions after 5-15 s,
	 * well inside their time limit.
	 */
	static final long ALLOCATION_CAP = 128L << 30;

	/** Top-level modules a solution may import (the rest of the library is internal). */
	static final List<String> ALLOWED_MODULES = List.of("math", "cmath", "collections", "heapq", "itertools",
			"functools", "statistics", "random", "bisect", "operator", "typing", "dataclasses", "fractions", "decimal",
			"copy", "string", "re", "enum", "abc", "numbers", "array", "sys");

	private static final long POLL_MILLIS = 5;

	/**
	 * How long a context may take to start (the first one on a cold, loaded machine: 30
	 * s).
	 */
	private static final long CREATION_MILLIS = 120_000;

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	static final String PRELUDE = prelude();

	private final Engine engine;

	private final Limits limits;

	private final long graceMillis;

	private final PythonHealth health;

	private final CappedOutput output;

	private final ExecutorService executor;

	private volatile Thread thread;

	private volatile Context context;

	private Value function;

	private Value copy;

	private Value flush;

	private Value bulk;

	private Value encode;

	/** The sandbox thread's CPU time when the current piece of work began; -1 between. */
	private volatile long cpuStart = -1;

	/** The thread's user-mode CPU time when the current piece of work began. */
	private volatile long userStart = -1;

	/** True while the sandbox thread runs a piece of work. */
	private volatile boolean working;

	private volatile long allocatedStart;

	/** When the current piece of work began running the solution's code. */
	private volatile long wallStart;

	private long submissionAllocatedStart = -1;

	/**
	 * The Java judge's account of what the sandbox thread holds (MEMORY.md), opened when
	 * the solution's code first runs: the context's own creation is the server's.
	 */
	private volatile MemoryAccount memory;

	/** The memory account is open: the solution's code has run. */
	private volatile boolean accountOpen;

	private boolean dead;

	PythonSubmission(Engine engine, Limits limits, long graceMillis, PythonHealth health) {
		this.engine = engine;
		this.limits = limits;
		this.graceMillis = graceMillis;
		this.health = health;
		this.output = new CappedOutput(limits.outputBytes());
		long stack = Math.max(limits.stackBytes(), 16L << 20);
		this.executor = Executors.newSingleThreadExecutor((work) -> {
			Thread sandbox = new Thread(null, work, "python-sandbox", stack);
			sandbox.setDaemon(true);
			// Here, on the judging thread: the account may measure the server's heap
			// first.
			this.memory = MemoryAccount.of(sandbox, limits.memoryBytes());
			this.thread = sandbox;
			return sandbox;
		});
	}

	/**
	 * Creates the context, runs the prelude and the solution's top level, finds its
	 * function; null when all went well, else why not.
	 */
	Outcome load(String source, String functionName, String fallbackName, long seed) {
		return watch(() -> {
			Context created = Context.newBuilder("python")
				.engine(this.engine)
				.sandbox(SandboxPolicy.CONSTRAINED)
				.out(this.output)
				.err(this.output)
				.in(InputStream.nullInputStream())
				.build();
			this.context = created;
			created.eval(Source.create("python", PRELUDE));
			Value bindings = created.getBindings("python");
			this.copy = bindings.getMember("_judge_copy");
			this.bulk = bindings.getMember("_judge_bulk");
			this.encode = bindings.getMember("_judge_encode");
			this.flush = bindings.getMember("_judge_prelude").execute(seed, String.join(",", ALLOWED_MODULES));
			bindings.removeMember("_judge_prelude");
			bindings.removeMember("_judge_copy");
			bindings.removeMember("_judge_bulk");
			bindings.removeMember("_judge_encode");
			Source solution;
			try {
				solution = Source.newBuilder("python", source, GuestFailures.FILE).build();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			begin();
			try {
				created.eval(solution);
				Value entry = bindings.getMember(functionName);
				if ((entry == null || !entry.canExecute()) && fallbackName != null) {
					entry = bindings.getMember(fallbackName);
				}
				if (entry == null || !entry.canExecute()) {
					return new Outcome.Failed(Verdict.COMPILE_ERROR, "the solution defines no function " + functionName
							+ "(...); the starter shows its parameters", 0);
				}
				this.function = entry;
				return null;
			}
			catch (PolyglotException ex) {
				return GuestFailures.of(ex, true);
			}
			finally {
				flushQuietly();
				end();
			}
		}, this.limits.wallMillisPerSubmission());
	}

	/** Calls the solution with one test's arguments. */
	Outcome call(Object[] args, Class<?>[] types, Class<?> returnType, long wallMillis) {
		if (this.dead) {
			throw new IllegalStateException("the submission was killed");
		}
		return watch(() -> {
			Object[] values = new Object[args.length];
			for (int i = 0; i < args.length; i++) {
				BulkValues.Bulk bulk = BulkValues.argument(args[i]);
				values[i] = (bulk != null) ? this.bulk.execute(bulk.chunks(), bulk.code(), bulk.depth())
						: this.copy.execute(PythonValues.argument(args[i]), depth(types[i]));
			}
			begin();
			try {
				Value result = this.function.execute(values);
				return new Outcome.Returned(converted(result, returnType));
			}
			catch (PythonValues.Mismatch ex) {
				return new Outcome.Failed(Verdict.WRONG_ANSWER, ex.getMessage(), 0);
			}
			catch (PolyglotException ex) {
				return GuestFailures.of(ex);
			}
			finally {
				flushQuietly();
				end();
			}
		}, wallMillis);
	}

	/**
	 * The Java value of a result: in one text when the prelude's encoder takes it, else
	 * element by element.
	 */
	private Object converted(Value result, Class<?> type) throws PythonValues.Mismatch {
		String code = BulkValues.code(type);
		if (code != null) {
			Value text = this.encode.execute(result, code, depth(type));
			if (text.isString()) {
				Object decoded = BulkValues.decode(text.asString(), type);
				if (decoded != BulkValues.MISFIT) {
					return decoded;
				}
			}
		}
		return PythonValues.result(result, type);
	}

	/** CPU time of the last piece of work, in milliseconds. */
	long cpuMillis() {
		return this.lastCpuNanos / 1_000_000;
	}

	private volatile long lastCpuNanos;

	String takeOutput() {
		return this.output.take();
	}

	private void begin() {
		long now = THREADS.getCurrentThreadAllocatedBytes();
		if (this.submissionAllocatedStart < 0) {
			this.submissionAllocatedStart = now;
			this.memory.open();
			this.accountOpen = true;
		}
		this.allocatedStart = now;
		this.wallStart = System.nanoTime();
		this.userStart = SolutionTime.userStart(Thread.currentThread().threadId());
		this.cpuStart = THREADS.getCurrentThreadCpuTime();
		this.begun = true;
	}

	/**
	 * Whether the current piece of work reached the solution's code: after that, the
	 * bound on the context's creation no longer applies (a test longer than it, ending
	 * between {@link #end()} and the work's return, was INTERNAL_ERROR).
	 */
	private volatile boolean begun;

	private void end() {
		long start = this.cpuStart;
		this.cpuStart = -1;
		if (start >= 0) {
			this.lastCpuNanos = SolutionTime.charged(Thread.currentThread().threadId(),
					THREADS.getCurrentThreadCpuTime() - start, this.userStart);
		}
	}

	private void flushQuietly() {
		try {
			this.flush.execute();
		}
		catch (PolyglotException ex) {
			// A context cancelled mid-test cannot flush; its output is what it was.
		}
	}

	private static int depth(Class<?> type) {
		int depth = 0;
		while (type.isArray()) {
			depth++;
			type = type.getComponentType();
		}
		return depth;
	}

	private Outcome watch(Callable<Outcome> work, long wallMillis) {
		this.lastCpuNanos = 0;
		this.begun = false;
		Future<Outcome> future = this.executor.submit(() -> {
			this.working = true;
			try {
				return work.call();
			}
			finally {
				this.working = false;
			}
		});
		// The solution's wall time starts when its code does: the context's creation
		// (seconds on a cold engine) is the server's, bounded by a wall limit of its own.
		long createdBy = System.nanoTime() + CREATION_MILLIS * 1_000_000;
		while (true) {
			try {
				return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException ex) {
				Outcome.Killed killed = overLimit(wallMillis, createdBy);
				if (killed != null) {
					return kill(future, killed);
				}
			}
			catch (ExecutionException ex) {
				Throwable cause = ex.getCause();
				if (cause instanceof PolyglotException polyglot && polyglot.isCancelled()) {
					return new Outcome.Killed(Verdict.INTERNAL_ERROR, "the context was cancelled", false);
				}
				return new Outcome.Failed(Verdict.INTERNAL_ERROR, "the Python runner failed: " + cause, 0);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return kill(future, new Outcome.Killed(Verdict.INTERNAL_ERROR, "judging was interrupted", false));
			}
		}
	}

	private Outcome.Killed overLimit(long wallMillis, long createdBy) {
		Thread sandbox = this.thread;
		long cpuStart = this.cpuStart;
		if (sandbox != null && cpuStart >= 0) {
			long cpu = THREADS.getThreadCpuTime(sandbox.threadId()) - cpuStart;
			if (cpu > this.limits.cpuMillisPerTest() * 1_000_000) {
				cpu = SolutionTime.charged(sandbox.threadId(), cpu, this.userStart);
			}
			if (cpu > this.limits.cpuMillisPerTest() * 1_000_000) {
				this.lastCpuNanos = cpu;
				return new Outcome.Killed(Verdict.TIME_LIMIT_EXCEEDED,
						"CPU time limit of " + this.limits.cpuMillisPerTest() + " ms exceeded", false);
			}
			long allocated = THREADS.getThreadAllocatedBytes(sandbox.threadId());
			if (allocated - this.allocatedStart > ALLOCATION_CAP) {
				return new Outcome.Killed(Verdict.MEMORY_LIMIT_EXCEEDED, "allocated more than " + (ALLOCATION_CAP >> 30)
						+ " GiB in one test: a cap on allocation against abuse, not the memory limit", false);
			}
		}
		// Memory also while the judge converts a test's arguments, outside the solution's
		// CPU time: what the context holds is the run's whoever made it, and a conversion
		// left unwatched once held 500 MB while another run was blamed for it.
		if (sandbox != null && this.accountOpen && this.working
				&& this.memory.over(THREADS.getThreadAllocatedBytes(sandbox.threadId()))) {
			return new Outcome.Killed(Verdict.MEMORY_LIMIT_EXCEEDED,
					"memory limit of " + (this.limits.memoryBytes() >> 20) + " MiB exceeded", false);
		}
		if (this.output.flooded()) {
			return new Outcome.Killed(Verdict.OUTPUT_LIMIT_EXCEEDED,
					"more than " + (CappedOutput.FLOOD_BYTES >> 20)
							+ " MiB written to standard output, far past any debugging (the first "
							+ this.limits.outputBytes() + " bytes are kept)",
					false);
		}
		long now = System.nanoTime();
		if (cpuStart >= 0 && now - this.wallStart > wallMillis * 1_000_000) {
			return new Outcome.Killed(Verdict.TIME_LIMIT_EXCEEDED, "time limit of the submission exceeded", false);
		}
		if (cpuStart < 0 && !this.begun && now > createdBy) {
			return new Outcome.Killed(Verdict.INTERNAL_ERROR, "the Python context took more than "
					+ (CREATION_MILLIS / 1000) + " s to start; the submission will be retried", false);
		}
		return null;
	}

	/**
	 * Cancels the context from a thread of its own (cancelling waits for the sandbox
	 * thread to stop) and waits a grace period for the work to end.
	 */
	private Outcome.Killed kill(Future<Outcome> future, Outcome.Killed why) {
		this.dead = true;
		MemoryAccount memory = this.memory;
		if (memory != null) {
			memory.dying();
		}
		Context doomed = this.context;
		if (doomed != null) {
			Thread canceller = new Thread(() -> {
				try {
					doomed.close(true);
				}
				catch (RuntimeException ignored) {
					// Closing a context already closing: nothing left to stop.
				}
			}, "python-cancel");
			canceller.setDaemon(true);
			canceller.start();
		}
		future.cancel(true);
		Thread sandbox = this.thread;
		long until = System.nanoTime() + this.graceMillis * 1_000_000;
		while (sandbox != null && System.nanoTime() < until && busy(sandbox)) {
			try {
				Thread.sleep(POLL_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		if (sandbox != null && busy(sandbox)) {
			this.health.leaked(sandbox);
			// What it still holds is the server's from now on (the Java judge's rule).
			memory.close();
			return new Outcome.Killed(why.verdict(), why.message(), true);
		}
		return why;
	}

	private boolean busy(Thread sandbox) {
		return this.working && sandbox.isAlive();
	}

	@Override
	public void close() {
		Context open = this.context;
		if (open != null && !this.dead) {
			try {
				this.executor.submit(() -> open.close()).get(this.graceMillis, TimeUnit.MILLISECONDS);
			}
			catch (ExecutionException | TimeoutException ex) {
				open.close(true);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.executor.shutdownNow();
		MemoryAccount memory = this.memory;
		if (memory != null) {
			memory.close();
		}
	}

	private static String prelude() {
		try (InputStream in = PythonSubmission.class.getResourceAsStream("prelude.py")) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
