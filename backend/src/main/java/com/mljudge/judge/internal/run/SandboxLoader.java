package com.mljudge.judge.internal.run;

import java.util.Map;

import com.mljudge.judge.internal.sandbox.Guard;
import com.mljudge.judge.internal.sandbox.LibraryCalls;
import com.mljudge.judge.internal.sandbox.SizedCalls;

/**
 * One per submission. Sees the user's (instrumented) classes, the JDK, and the judge's
 * {@link Guard} and {@link LibraryCalls} that instrumented code calls; nothing of the
 * application. Its parent is the bootstrap loader, so walking the parent chain leads
 * nowhere.
 */
final class SandboxLoader extends ClassLoader {

	private static final ClassLoader PLATFORM = ClassLoader.getPlatformClassLoader();

	private final Map<String, byte[]> classes;

	SandboxLoader(Map<String, byte[]> classes) {
		super("judge-submission", null);
		this.classes = classes;
	}

	@Override
	protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
		synchronized (getClassLoadingLock(name)) {
			Class<?> loaded = findLoadedClass(name);
			if (loaded != null) {
				return loaded;
			}
			byte[] bytes = this.classes.get(name);
			if (bytes != null) {
				return defineClass(name, bytes, 0, bytes.length);
			}
			if (name.equals(Guard.class.getName())) {
				return Guard.class;
			}
			if (name.equals(SizedCalls.class.getName())) {
				return SizedCalls.class;
			}
			if (name.equals(LibraryCalls.class.getName())) {
				return LibraryCalls.class;
			}
			if (name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.")) {
				// The verifier already limited user code to the allowlist; JDK-spun
				// lambda classes resolve their own JDK helpers through here.
				return PLATFORM.loadClass(name);
			}
			throw new ClassNotFoundException(name);
		}
	}

	@Override
	protected Class<?> findClass(String name) throws ClassNotFoundException {
		throw new ClassNotFoundException(name);
	}

}
