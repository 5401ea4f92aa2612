package com.mljudge.problems;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import com.mljudge.judge.JudgeTask;

/**
 * Compiles a solution with the JDK's javac into its own class loader, outside the judge,
 * for {@link BankCalibration}'s plain runs (a by-hand tool, not part of the build).
 */
final class PlainCompiler {

	private PlainCompiler() {
	}

	static Method entry(String source, JudgeTask task) throws ReflectiveOperationException {
		String className = task.entry().className();
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		Map<String, byte[]> classes = new HashMap<>();
		JavaFileManager files = new ForwardingJavaFileManager<>(javac.getStandardFileManager(null, null, null)) {
			@Override
			public JavaFileObject getJavaFileForOutput(Location location, String name, JavaFileObject.Kind kind,
					FileObject sibling) {
				return new SimpleJavaFileObject(URI.create("mem:///" + name + ".class"), kind) {
					@Override
					public java.io.OutputStream openOutputStream() {
						return new java.io.ByteArrayOutputStream() {
							@Override
							public void close() {
								classes.put(name, toByteArray());
							}
						};
					}
				};
			}
		};
		JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + className + ".java"),
				JavaFileObject.Kind.SOURCE) {
			@Override
			public CharSequence getCharContent(boolean ignoreEncodingErrors) {
				return source;
			}
		};
		java.io.StringWriter errors = new java.io.StringWriter();
		if (!javac.getTask(errors, files, null, List.of("-nowarn"), null, List.of(unit)).call()) {
			throw new IllegalStateException("does not compile: " + errors);
		}
		ClassLoader loader = new ClassLoader(PlainCompiler.class.getClassLoader()) {
			@Override
			protected Class<?> findClass(String name) throws ClassNotFoundException {
				byte[] bytes = classes.get(name);
				if (bytes == null) {
					throw new ClassNotFoundException(name);
				}
				return defineClass(name, bytes, 0, bytes.length);
			}
		};
		Class<?>[] types = task.entry().parameterTypes().toArray(Class<?>[]::new);
		Method method = loader.loadClass(className).getMethod(task.entry().methodName(), types);
		method.setAccessible(true);
		return method;
	}

	/** A deep copy of the arguments, so neither run sees what the other changed. */
	static Object[] copy(Object[] args) {
		Object[] copy = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			copy[i] = deepCopy(args[i]);
		}
		return copy;
	}

	private static Object deepCopy(Object value) {
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
