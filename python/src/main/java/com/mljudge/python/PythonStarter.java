package com.mljudge.python;

import java.util.List;

import com.mljudge.judge.PythonSignature;

/**
 * The Python starter of a problem's Java signature. The text is written by the judge's
 * {@link PythonSignature} (Java 17), so the web app shows the same starter and signature
 * on a server without Python.
 */
final class PythonStarter {

	private PythonStarter() {
	}

	static String of(String methodName, List<Class<?>> types, List<String> names, Class<?> returnType) {
		return PythonSignature.starter(methodName, types, names, returnType);
	}

	static String parameterName(String javaName) {
		return PythonSignature.parameterName(javaName);
	}

	/** How a Java type travels as a Python value, for the docstring. */
	static String describe(Class<?> type) {
		return PythonSignature.describe(type);
	}

}
