package com.mljudge.judge.internal.run;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import com.mljudge.judge.EntryPoint;
import com.mljudge.judge.Limits;
import com.mljudge.judge.internal.sandbox.BoundedOutput;
import com.mljudge.judge.internal.sandbox.BudgetExceeded;
import com.mljudge.judge.internal.sandbox.KillReason;
import com.mljudge.judge.internal.sandbox.SandboxThread;

/**
 * A submission's instrumented classes in their own loader, called test by test on a
 * {@link SandboxThread} of this submission's own, watched by the calling thread. Not
 * thread-safe; close it when the tests are done.
 */
public final class LoadedSubmission implements AutoCloseable {

	/** Bytes one call may allocate in total (garbage included); see {@link Watchdog}. */
	public static final long ALLOCATION_CAP = Watchdog.ALLOCATION_CAP;

	private final ClassLoader loader;

	private final Set<String> userClasses;

	private final Limits limits;

	private final BoundedOutput output;

	private final Watchdog watchdog;

	private final SandboxHealth health;

	private Method entry;

	private SandboxThread thread;

	/** How much of the output {@link #takeOutput()} has already handed out, in chars. */
	private int taken;

	public LoadedSubmission(Map<String, byte[]> instrumented, Limits limits, SandboxHealth health, long graceMillis) {
		this(new LoadedClasses(instrumented), limits, health, graceMillis);
	}

	/**
	 * A fresh run (own output buffer and watchdog) of classes that may have been loaded
	 * before.
	 */
	public LoadedSubmission(LoadedClasses classes, Limits limits, SandboxHealth health, long graceMillis) {
		this.loader = classes.loader();
		this.userClasses = classes.names();
		this.limits = limits;
		this.output = new BoundedOutput(limits.outputBytes());
		this.watchdog = new Watchdog(graceMillis);
		this.health = health;
	}

	/**
	 * Finds the entry method, or explains why it is not there (a compile error for the
	 * user).
	 */
	public String resolve(EntryPoint entry) {
		Class<?> type;
		try {
			type = Class.forName(entry.className(), false, this.loader);
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return "class " + entry.className() + " not found";
		}
		try {
			Method method = type.getDeclaredMethod(entry.methodName(), entry.parameterTypes().toArray(Class<?>[]::new));
			if (method.getReturnType() != entry.returnType()) {
				return entry.methodName() + " must return " + entry.returnType().getSimpleName();
			}
			method.setAccessible(true);
			this.entry = method;
			return null;
		}
		catch (NoSuchMethodException | LinkageError ex) {
			return "method " + signature(entry) + " not found in class " + entry.className();
		}
	}

	private static String signature(EntryPoint entry) {
		StringBuilder text = new StringBuilder(entry.returnType().getSimpleName()).append(' ')
			.append(entry.methodName())
			.append('(');
		for (int i = 0; i < entry.parameterTypes().size(); i++) {
			text.append((i > 0) ? ", " : "").append(entry.parameterTypes().get(i).getSimpleName());
		}
		return text.append(')').toString();
	}

	/**
	 * Calls the entry method with a fresh copy of {@code args}, within
	 * {@code wallMillis}.
	 */
	public CallOutcome call(Object[] args, long wallMillis) throws InterruptedException {
		Object[] copy = Boundary.copyArguments(args);
		CallOutcome[] result = new CallOutcome[1];
		Method method = this.entry;
		SandboxThread thread = thread();
		CountDownLatch ended = new CountDownLatch(1);
		boolean stopped = this.watchdog.watch(thread, ended,
				() -> thread.begin(() -> result[0] = invoke(method, copy), ended), this.limits.cpuMillisPerTest(),
				wallMillis);
		if (!stopped) {
			this.health.leaked(thread);
			thread.abandon();
			return new CallOutcome.Killed(thread.killed(), true);
		}
		if (thread.killed() != null) {
			return new CallOutcome.Killed(thread.killed(), false);
		}
		return (result[0] != null) ? result[0] : new CallOutcome.Killed(KillReason.WALL_TIME, false);
	}

	/**
	 * CPU time of the last call in milliseconds: the time its limit counts, and the time
	 * shown.
	 */
	public long cpuMillis() {
		return this.watchdog.cpuNanos() / 1_000_000;
	}

	/**
	 * The thread for the next call: the last one while it can take calls, else a new one.
	 */
	private SandboxThread thread() {
		if (this.thread == null || this.thread.killed() != null || !this.thread.isAlive()) {
			this.thread = new SandboxThread(this.limits.stackBytes(), this.output, this.limits.memoryBytes());
			this.thread.start();
		}
		return this.thread;
	}

	/**
	 * Ends the sandbox thread; a call still running (one that would not stop) keeps it
	 * until it returns.
	 */
	@Override
	public void close() {
		if (this.thread != null) {
			this.thread.finish();
			this.thread = null;
		}
	}

	public String output() {
		return this.output.text();
	}

	/**
	 * What was printed since the last take: the judge keeps a test's output only when
	 * that test may be shown.
	 */
	public String takeOutput() {
		String all = this.output.text();
		String fresh = all.substring(Math.min(this.taken, all.length()));
		this.taken = all.length();
		return fresh;
	}

	/**
	 * Runs on the sandbox thread: user code, and everything that touches user objects.
	 */
	private CallOutcome invoke(Method method, Object[] args) {
		try {
			Object target = null;
			if (!Modifier.isStatic(method.getModifiers())) {
				Constructor<?> constructor = method.getDeclaringClass().getDeclaredConstructor();
				constructor.setAccessible(true);
				target = constructor.newInstance();
			}
			Object value = method.invoke(target, args);
			return new CallOutcome.Returned(exported(value));
		}
		catch (InvocationTargetException ex) {
			return failure(ex.getCause());
		}
		catch (ExceptionInInitializerError ex) {
			return failure(ex.getCause());
		}
		catch (Throwable ex) {
			return failure(ex);
		}
	}

	private static Object exported(Object value) {
		try {
			return Boundary.copy(value);
		}
		catch (Boundary.Refused ex) {
			throw new UnsupportedResult(ex.type());
		}
	}

	private CallOutcome failure(Throwable thrown) {
		try {
			if (thrown instanceof BudgetExceeded exceeded) {
				return new CallOutcome.Killed(exceeded.reason(), false);
			}
			if (thrown instanceof OutOfMemoryError) {
				return new CallOutcome.Killed(KillReason.MEMORY, false);
			}
			if (thrown instanceof UnsupportedResult unsupported) {
				return new CallOutcome.Threw("unsupported result", unsupported.getMessage(), List.of());
			}
			return ThrowableReport.render(thrown, this.userClasses);
		}
		catch (BudgetExceeded ex) {
			return new CallOutcome.Killed(ex.reason(), false);
		}
		catch (Throwable ex) {
			return new CallOutcome.Threw(thrown.getClass().getName(), "(the exception could not be rendered)",
					List.of());
		}
	}

	/** The user returned something that may not cross the boundary. */
	private static final class UnsupportedResult extends RuntimeException {

		private static final long serialVersionUID = 1L;

		UnsupportedResult(String type) {
			super("a value of type " + ThrowableReport.truncate(type) + " cannot be judged; return primitives, "
					+ "Strings or arrays of those", null, false, false);
		}

	}

}
