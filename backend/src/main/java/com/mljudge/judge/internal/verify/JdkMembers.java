package com.mljudge.judge.internal.verify;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.objectweb.asm.Type;

/**
 * Finds the JDK class that declares a method, the way the JVM resolves it: the class, its
 * superclasses, then its interfaces. Uses reflection on the server (never initializes a
 * class) and remembers the answers.
 */
final class JdkMembers {

	private static final String NOT_FOUND = "";

	private final Map<String, String> declaringByMember = new ConcurrentHashMap<>();

	/**
	 * Returns the internal name of a JDK class, or null when no JDK class has that name.
	 */
	Class<?> load(String internalName) {
		try {
			return Class.forName(internalName.replace('/', '.'), false, ClassLoader.getPlatformClassLoader());
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return null;
		}
	}

	/** Internal name of the declaring class, or null when the member does not exist. */
	String declaring(String owner, String name, String descriptor) {
		String key = owner + '.' + name + descriptor;
		String found = this.declaringByMember.computeIfAbsent(key, (k) -> {
			Class<?> type = load(owner);
			Class<?> declaring = (type != null) ? find(type, name, descriptor) : null;
			return (declaring != null) ? Type.getInternalName(declaring) : NOT_FOUND;
		});
		return found.equals(NOT_FOUND) ? null : found;
	}

	private static Class<?> find(Class<?> type, String name, String descriptor) {
		if (name.equals("<init>")) {
			for (Constructor<?> constructor : type.getDeclaredConstructors()) {
				if (Type.getConstructorDescriptor(constructor).equals(descriptor)) {
					return type;
				}
			}
			return null;
		}
		for (Class<?> k = type; k != null; k = k.getSuperclass()) {
			if (declares(k, name, descriptor)) {
				return k;
			}
		}
		Deque<Class<?>> pending = new ArrayDeque<>();
		Set<Class<?>> seen = new HashSet<>();
		for (Class<?> k = type; k != null; k = k.getSuperclass()) {
			pending.addAll(List.of(k.getInterfaces()));
		}
		while (!pending.isEmpty()) {
			Class<?> next = pending.poll();
			if (seen.add(next)) {
				if (declares(next, name, descriptor)) {
					return next;
				}
				pending.addAll(List.of(next.getInterfaces()));
			}
		}
		if (type.isInterface() && declares(Object.class, name, descriptor)) {
			return Object.class;
		}
		return null;
	}

	private static boolean declares(Class<?> type, String name, String descriptor) {
		for (Method method : type.getDeclaredMethods()) {
			if (method.getName().equals(name) && Type.getMethodDescriptor(method).equals(descriptor)) {
				return true;
			}
		}
		return false;
	}

}
