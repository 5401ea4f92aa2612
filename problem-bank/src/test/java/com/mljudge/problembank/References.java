package com.mljudge.problembank;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The bank's reference solutions, compiled once, callable directly from tests. */
final class References {

	private static final ProblemBank BANK = ProblemBank.loadFromClasspath();

	private static final Map<String, Method> METHODS = new ConcurrentHashMap<>();

	private References() {
	}

	static Object call(String slug, Object... args) {
		Method method = METHODS.computeIfAbsent(slug, (s) -> {
			CodingPart coding = BANK.get(s).coding();
			Class<?> reference = SolutionCompiler.compile(coding.entryClass(), coding.referenceSource());
			try {
				return reference.getMethod(coding.signature().methodName(),
						coding.signature().parameterTypes().toArray(new Class<?>[0]));
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException(ex);
			}
		});
		try {
			return method.invoke(null, args);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InvocationTargetException ex) {
			throw new IllegalStateException(slug + " reference threw", ex.getCause());
		}
	}

}
