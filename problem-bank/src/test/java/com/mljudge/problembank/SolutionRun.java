package com.mljudge.problembank;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Calls a compiled solution's entry method on one test, on its own thread with a time limit,
 * with deep-copied arguments so a solution cannot corrupt the shared test data.
 */
record SolutionRun(Object value, Throwable error, boolean timedOut) {

	static SolutionRun call(Class<?> solution, Signature signature, Object[] args, long timeLimitMillis) {
		Method method;
		try {
			method = solution.getMethod(signature.methodName(), signature.parameterTypes().toArray(new Class<?>[0]));
		}
		catch (NoSuchMethodException ex) {
			return new SolutionRun(null, ex, false);
		}
		Object[] copies = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			copies[i] = deepCopy(args[i]);
		}
		AtomicReference<SolutionRun> result = new AtomicReference<>();
		Thread thread = new Thread(null, () -> {
			try {
				result.set(new SolutionRun(method.invoke(null, copies), null, false));
			}
			catch (InvocationTargetException ex) {
				result.set(new SolutionRun(null, ex.getCause(), false));
			}
			catch (Throwable ex) {
				result.set(new SolutionRun(null, ex, false));
			}
		}, "solution-run", 256L << 20);
		thread.setDaemon(true);
		thread.start();
		try {
			thread.join(timeLimitMillis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (thread.isAlive()) {
			stop(thread);
			return new SolutionRun(null, null, true);
		}
		return result.get();
	}

	boolean finished() {
		return !this.timedOut && this.error == null;
	}

	/**
	 * Ends a runaway test thread. Thread.stop still works on JDK 17-19; on later JDKs the
	 * daemon thread is left to finish on its own (the real judge instruments code instead).
	 */
	@SuppressWarnings({ "deprecation", "removal" })
	private static void stop(Thread thread) {
		try {
			thread.stop();
		}
		catch (UnsupportedOperationException ex) {
			thread.interrupt();
		}
	}

	static Object deepCopy(Object value) {
		if (value == null || !value.getClass().isArray()) {
			return value;
		}
		int length = Array.getLength(value);
		Object copy = Array.newInstance(value.getClass().getComponentType(), length);
		for (int i = 0; i < length; i++) {
			Array.set(copy, i, deepCopy(Array.get(value, i)));
		}
		return copy;
	}

}
