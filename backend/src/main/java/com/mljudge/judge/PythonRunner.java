package com.mljudge.judge;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Judges Python solutions against the same tests, reference outputs and checkers as Java
 * ones. The runner lives in its own module (GraalPy needs JDK 21+) and is found at run
 * time on the class path; {@link #find()} is empty when it is absent, and
 * {@link #offReason()} says why.
 */
public interface PythonRunner {

	/**
	 * Python's CPU time per test and wall time per submission are the problem's limits
	 * times this: the limits are calibrated on the Java reference, and GraalPy runs the
	 * same algorithm many times slower (python/PYTHON.md, problem-bank/CALIBRATION.md
	 * "Python": interpreted GraalPy needs up to about 35x the Java limit for honest
	 * Python on the bank's large tests).
	 */
	int TIME_FACTOR = 40;

	/** The limits a Python solution runs under for a problem's (Java) limits. */
	static Limits limitsFor(Limits java) {
		return java.withCpuMillisPerTest(java.cpuMillisPerTest() * TIME_FACTOR)
			.withWallMillisPerSubmission(java.wallMillisPerSubmission() * TIME_FACTOR);
	}

	/**
	 * Judges a Python source whose function (the entry's method name in snake case, see
	 * {@link #functionName}) takes the test's arguments as lists, floats, ints, bools and
	 * strs; its result is converted to the entry's Java return type and checked like a
	 * Java solution's.
	 */
	JudgeResult judge(String source, JudgeTask task, ReferenceOutputs reference);

	/** The Python starter of a problem's signature, with its parameters' names. */
	String starter(String methodName, List<Class<?>> parameterTypes, List<String> parameterNames, Class<?> returnType);

	/**
	 * Warms the runner in the background, once: an instance that judges calls it when its
	 * workers start; a web-only one never does.
	 */
	void startWarmUp();

	/** Health of the runner's sandbox threads, as {@link Judge#health()}. */
	JudgeHealth health();

	/**
	 * The function a Python solution defines for a Java method name: snake case, a run of
	 * capitals read as one word ({@code topKCosine} is {@code top_k_cosine},
	 * {@code parseHTTPHeader} is {@code parse_http_header}).
	 */
	static String functionName(String methodName) {
		StringBuilder name = new StringBuilder();
		for (int i = 0; i < methodName.length(); i++) {
			char c = methodName.charAt(i);
			if (i > 0 && Character.isUpperCase(c)) {
				char before = methodName.charAt(i - 1);
				boolean wordEnds = Character.isLowerCase(before) || Character.isDigit(before);
				boolean capitalsEnd = Character.isUpperCase(before) && i + 1 < methodName.length()
						&& Character.isLowerCase(methodName.charAt(i + 1));
				if (wordEnds || capitalsEnd) {
					name.append('_');
				}
			}
			name.append(Character.toLowerCase(c));
		}
		return name.toString();
	}

	/** The runner on the class path, if any (looked up once). */
	static Optional<PythonRunner> find() {
		return PythonRunners.RUNNER;
	}

	/** Why Python is off, or null when it is on. */
	static String offReason() {
		if (find().isPresent()) {
			return null;
		}
		int feature = Runtime.version().feature();
		if (feature < 21) {
			return "Python is off: needs JDK 21+ (this server runs JDK " + feature + ")";
		}
		return "Python is off: the Python runner (the python module's jar and GraalPy) is not on the class path"
				+ " (python/run-with-python.sh starts the app with it)";
	}

	/** Holds the lookup's result: interfaces cannot have private static fields. */
	final class PythonRunners {

		static final Optional<PythonRunner> RUNNER = lookUp();

		private PythonRunners() {
		}

		private static Optional<PythonRunner> lookUp() {
			if (Runtime.version().feature() < 21) {
				return Optional.empty();
			}
			try {
				return ServiceLoader.load(PythonRunner.class, PythonRunner.class.getClassLoader()).findFirst();
			}
			catch (java.util.ServiceConfigurationError | LinkageError ex) {
				return Optional.empty();
			}
		}

	}

}
