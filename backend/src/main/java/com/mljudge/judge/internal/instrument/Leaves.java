package com.mljudge.judge.internal.instrument;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Finds the leaf methods that need no tick on entry: record accessors, comparator keys,
 * small lambdas and helpers. A tick costs little, but in a method of three instructions
 * it is most of the work, and these run millions of times in idiomatic code.
 * <p>
 * <b>Rule.</b> A method goes without its entry tick if it has at most {@link #MAX_SIZE}
 * instructions, no backward jump, no try/catch, no {@code invokedynamic} and no monitor,
 * calls nothing but constant-time JDK methods (static {@code Math}/{@code StrictMath};
 * the box classes' conversions, comparisons and hashes on primitives; the
 * {@code Object}/{@code Record} constructor), and cannot be called by the JDK as part of
 * a protocol it loops on ({@code Iterator.hasNext}, {@code Supplier.get} ...): it
 * overrides no method of a JDK supertype except {@code equals}, {@code hashCode},
 * {@code compareTo} and {@code compare}; and it is not a bridge of
 * {@link MethodReferences} (those keep their tick by design).
 * <p>
 * <b>Why the bound holds.</b> A leaf calls no user code, so its own run is at most
 * {@code MAX_SIZE} instructions plus constant-time calls. Called from user code, it adds
 * that much to the caller's tick-free stretch per call site (an unticked loop has no
 * calls at all, see {@link CountedLoops}). Called from the JDK (a lambda, a method
 * reference, {@code compareTo} in a sort ...), it runs once per element of a library
 * iteration whose length is bounded on its own: by a collection or array the memory limit
 * bounds, by {@code Guard.span}, or by a charge in {@link CostlyCalls}; sorts tick in
 * their comparator; and loops whose end the user's code decides (iterators, suppliers)
 * call methods that keep their tick. A leaf of a few instructions costs about what the
 * library spends per element anyway, so it changes that bound by a small constant factor.
 */
final class Leaves {

	/** The most instructions of a leaf without a tick. */
	static final int MAX_SIZE = 24;

	private static final Set<String> BOXES = Set.of("java/lang/Integer", "java/lang/Long", "java/lang/Double",
			"java/lang/Float", "java/lang/Short", "java/lang/Byte", "java/lang/Character", "java/lang/Boolean");

	private static final Set<String> BOX_METHODS = Set.of("intValue", "longValue", "doubleValue", "floatValue",
			"shortValue", "byteValue", "charValue", "booleanValue", "hashCode", "equals", "compareTo");

	/**
	 * JDK methods a leaf may override: the JDK calls them per element, never in a loop
	 * they end.
	 */
	private static final Set<String> SAFE_OVERRIDES = Set.of("equals", "hashCode", "compareTo", "compare");

	private Leaves() {
	}

	/** Whether {@code method} of {@code type} may run without an entry tick. */
	static boolean tickFree(ClassNode type, MethodNode method) {
		if (!method.tryCatchBlocks.isEmpty() || mayOverrideLibrary(type, method)
				|| method.name.startsWith(MethodReferences.BRIDGE_PREFIX)) {
			return false;
		}
		int size = 0;
		for (AbstractInsnNode insn : method.instructions) {
			int op = insn.getOpcode();
			if (op < 0) {
				continue;
			}
			if (++size > MAX_SIZE || op == Opcodes.INVOKEDYNAMIC || op == Opcodes.MONITORENTER
					|| op == Opcodes.MONITOREXIT || Instrumenter.isBackwardJump(method.instructions, insn)) {
				return false;
			}
			if (insn instanceof MethodInsnNode call && !constantTime(call)) {
				return false;
			}
		}
		return true;
	}

	private static boolean constantTime(MethodInsnNode call) {
		int op = call.getOpcode();
		if (op == Opcodes.INVOKESTATIC
				&& (call.owner.equals("java/lang/Math") || call.owner.equals("java/lang/StrictMath"))) {
			return true;
		}
		if (op == Opcodes.INVOKESPECIAL && call.name.equals("<init>")
				&& (call.owner.equals("java/lang/Object") || call.owner.equals("java/lang/Record"))) {
			return true;
		}
		if (!BOXES.contains(call.owner)) {
			return false;
		}
		if (op == Opcodes.INVOKESTATIC) {
			for (Type argument : Type.getArgumentTypes(call.desc)) {
				if (argument.getSort() == Type.OBJECT || argument.getSort() == Type.ARRAY) {
					return false;
				}
			}
			return true;
		}
		// The box classes are final: no user override behind these.
		return op == Opcodes.INVOKEVIRTUAL && BOX_METHODS.contains(call.name);
	}

	/**
	 * Whether the JDK may call this method through a supertype's method it overrides,
	 * other than the safe ones; true when unsure (a user superclass or interface).
	 */
	private static boolean mayOverrideLibrary(ClassNode type, MethodNode method) {
		if ((method.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) != 0 || method.name.startsWith("<")
				|| SAFE_OVERRIDES.contains(method.name)) {
			return false;
		}
		Set<String> names = new HashSet<>();
		Deque<String> supertypes = new ArrayDeque<>();
		if (type.superName != null) {
			supertypes.add(type.superName);
		}
		supertypes.addAll(type.interfaces);
		for (String supertype : supertypes) {
			if (!supertype.startsWith("java/")) {
				return true;
			}
			try {
				Class<?> library = Class.forName(supertype.replace('/', '.'), false, null);
				for (Method inherited : library.getMethods()) {
					names.add(inherited.getName());
				}
				for (Method declared : library.getDeclaredMethods()) {
					names.add(declared.getName());
				}
			}
			catch (ClassNotFoundException | LinkageError ex) {
				return true;
			}
		}
		return names.contains(method.name);
	}

}
