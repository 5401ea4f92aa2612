package com.mljudge.judge.internal.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Loaded classes kept for the next verdict of the same source (a Run followed by a
 * Submit, a resubmission, the reference). Fresh classes start in the interpreter and the
 * JIT compiles them again every time; kept classes stay compiled, and compile, verify and
 * instrument are skipped.
 * <p>
 * Only classes without static state are kept: no static initializer and no static field
 * except constants (final, with a constant value: primitives and Strings). With no place
 * to keep anything between calls, a later verdict cannot see what an earlier one's tests
 * passed in, whoever submitted the same source.
 */
public final class WarmClasses {

	/** Kept classes and the compiler that produced them. */
	public record Warm(LoadedClasses classes, String compiler) {
	}

	private final Map<String, Warm> kept;

	public WarmClasses(int capacity) {
		this.kept = new LinkedHashMap<>(capacity * 2, 0.75f, true) {

			private static final long serialVersionUID = 1L;

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Warm> eldest) {
				return size() > capacity;
			}

		};
	}

	public static String key(String entryClass, String source) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(entryClass.getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
			return HexFormat.of().formatHex(sha.digest(source.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	public synchronized Optional<Warm> get(String key) {
		return Optional.ofNullable(this.kept.get(key));
	}

	/**
	 * Keeps classes for later verdicts; call only for classes that are {@link #stateless
	 * stateless}.
	 */
	public synchronized void keep(String key, Warm warm) {
		this.kept.put(key, warm);
	}

	public synchronized int size() {
		return this.kept.size();
	}

	/**
	 * No static initializer and no static field but constants: nothing survives from one
	 * call to the next.
	 */
	public static boolean stateless(Collection<ClassNode> classes) {
		for (ClassNode type : classes) {
			for (MethodNode method : type.methods) {
				if ("<clinit>".equals(method.name)) {
					return false;
				}
			}
			for (FieldNode field : type.fields) {
				boolean isStatic = (field.access & Opcodes.ACC_STATIC) != 0;
				boolean constant = (field.access & Opcodes.ACC_FINAL) != 0 && field.value != null;
				if (isStatic && !constant) {
					return false;
				}
			}
		}
		return true;
	}

}
