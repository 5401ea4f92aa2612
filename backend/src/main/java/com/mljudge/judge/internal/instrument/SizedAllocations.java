package com.mljudge.judge.internal.instrument;

import java.util.HashMap;
import java.util.Map;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The JDK calls that size an allocation from an argument, and the check in
 * {@code SizedCalls} each gets before it runs. A test walks every allowed JDK member with
 * a numeric parameter and requires it to be here or explained as not sizing anything.
 * <p>
 * Constructors and static methods are matched by owner; instance methods by name and
 * descriptor alone, whatever the receiver's declared type (a user class extending
 * {@code ArrayList} calls {@code ensureCapacity} on itself), and the check looks at the
 * receiver's class.
 */
final class SizedAllocations {

	private static final String CHECKS = "com/mljudge/judge/internal/sandbox/SizedCalls";

	/** Member key (see {@link #key}) to the name of its check. */
	static final Map<String, String> CHECKED = checked();

	private SizedAllocations() {
	}

	private static Map<String, String> checked() {
		Map<String, String> checks = new HashMap<>();
		for (String owner : new String[] { "java/util/ArrayList", "java/util/Vector", "java/util/ArrayDeque",
				"java/util/PriorityQueue" }) {
			checks.put(owner + ".<init>(I)V", "references");
		}
		checks.put("java/util/Vector.<init>(II)V", "references");
		checks.put("java/util/PriorityQueue.<init>(ILjava/util/Comparator;)V", "references");
		checks.put("java/util/Collections.nCopies(ILjava/lang/Object;)Ljava/util/List;", "references");
		checks.put("setSize(I)V", "references");
		for (String owner : new String[] { "java/util/HashMap", "java/util/HashSet", "java/util/LinkedHashMap",
				"java/util/LinkedHashSet" }) {
			checks.put(owner + ".<init>(I)V", "hashTable");
			checks.put(owner + ".<init>(IF)V", "hashTable");
		}
		checks.put("java/util/LinkedHashMap.<init>(IFZ)V", "hashTable");
		checks.put("java/util/HashMap.newHashMap(I)Ljava/util/HashMap;", "hashTable");
		checks.put("java/util/HashSet.newHashSet(I)Ljava/util/HashSet;", "hashTable");
		checks.put("java/util/LinkedHashMap.newLinkedHashMap(I)Ljava/util/LinkedHashMap;", "hashTable");
		checks.put("java/util/LinkedHashSet.newLinkedHashSet(I)Ljava/util/LinkedHashSet;", "hashTable");
		checks.put("java/lang/StringBuilder.<init>(I)V", "chars");
		checks.put("java/lang/StringBuffer.<init>(I)V", "chars");
		checks.put("java/util/concurrent/atomic/AtomicIntegerArray.<init>(I)V", "ints");
		checks.put("java/util/concurrent/atomic/AtomicLongArray.<init>(I)V", "longs");
		checks.put("java/util/BitSet.<init>(I)V", "bits");
		checks.put("ensureCapacity(I)V", "capacity");
		checks.put("setLength(I)V", "capacity");
		for (String descriptor : new String[] { "(I)V", "(IZ)V", "(II)V", "(IIZ)V" }) {
			checks.put("set" + descriptor, "bit");
		}
		checks.put("flip(I)V", "bit");
		checks.put("flip(II)V", "bit");
		String[] arrays = { "[Z", "[B", "[C", "[S", "[I", "[J", "[F", "[D", "[Ljava/lang/Object;" };
		for (String array : arrays) {
			checks.put("java/util/Arrays.copyOf(" + array + "I)" + array, "copy");
			checks.put("java/util/Arrays.copyOfRange(" + array + "II)" + array, "copyRange");
		}
		checks.put("java/util/Arrays.copyOf([Ljava/lang/Object;ILjava/lang/Class;)[Ljava/lang/Object;", "copy");
		checks.put("java/util/Arrays.copyOfRange([Ljava/lang/Object;IILjava/lang/Class;)[Ljava/lang/Object;",
				"copyRange");
		checks.put("repeat(I)Ljava/lang/String;", "repeat");
		checks.put("repeat(II)Ljava/lang/StringBuilder;", "repeat");
		checks.put("repeat(II)Ljava/lang/StringBuffer;", "repeat");
		checks.put("repeat(II)Ljava/lang/AbstractStringBuilder;", "repeat");
		checks.put("repeat(Ljava/lang/CharSequence;I)Ljava/lang/StringBuilder;", "repeat");
		checks.put("repeat(Ljava/lang/CharSequence;I)Ljava/lang/StringBuffer;", "repeat");
		checks.put("repeat(Ljava/lang/CharSequence;I)Ljava/lang/AbstractStringBuilder;", "repeat");
		checks.put("indent(I)Ljava/lang/String;", "indent");
		return Map.copyOf(checks);
	}

	/**
	 * In a user class's {@code int size()} and {@code int length()}, checks the value at
	 * every return: JDK code presizes from them ({@code new HashMap<>(map)},
	 * {@code new ArrayDeque<>(collection)}, {@code StringBuilder.append(charSequence)},
	 * {@code AbstractCollection.toArray}), so a user collection or char sequence that
	 * claims a huge size is stopped where it claims it.
	 */
	static void checkReturnedSize(MethodNode method) {
		if (!method.desc.equals("()I") || !(method.name.equals("size") || method.name.equals("length"))) {
			return;
		}
		for (AbstractInsnNode insn : method.instructions.toArray()) {
			if (insn.getOpcode() == Opcodes.IRETURN) {
				InsnList check = new InsnList();
				check.add(new InsnNode(Opcodes.DUP));
				check.add(new MethodInsnNode(Opcodes.INVOKESTATIC, CHECKS, method.name, "(I)V", false));
				method.instructions.insertBefore(insn, check);
			}
		}
	}

	/**
	 * How a call is looked up: {@code owner.name descriptor} for constructors and static
	 * methods, {@code name descriptor} for instance methods.
	 */
	static String key(String owner, String name, String descriptor, boolean isStatic) {
		return (isStatic || name.equals("<init>")) ? owner + "." + name + descriptor : name + descriptor;
	}

	/**
	 * The check to run before {@code call}, or null. The arguments (and receiver) are
	 * saved in fresh locals, passed to the check and pushed back, so the stack is as it
	 * was; a constructor's receiver (not yet initialized) stays on the stack.
	 */
	static InsnList checkBefore(MethodInsnNode call, MethodNode method) {
		boolean isStatic = call.getOpcode() == Opcodes.INVOKESTATIC;
		String check = CHECKED.get(key(call.owner, call.name, call.desc, isStatic));
		if (check == null) {
			return null;
		}
		boolean receiver = !isStatic && !call.name.equals("<init>");
		Type[] arguments = Type.getArgumentTypes(call.desc);
		Type[] saved = new Type[arguments.length + (receiver ? 1 : 0)];
		if (receiver) {
			saved[0] = Type.getType(Object.class);
		}
		for (int i = 0; i < arguments.length; i++) {
			Type type = arguments[i];
			saved[i + (receiver ? 1 : 0)] = (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY)
					? Type.getType(Object.class) : type;
		}
		int[] slots = new int[saved.length];
		int next = method.maxLocals;
		for (int i = 0; i < saved.length; i++) {
			slots[i] = next;
			next += saved[i].getSize();
		}
		method.maxLocals = next;
		InsnList list = new InsnList();
		for (int i = saved.length - 1; i >= 0; i--) {
			list.add(new VarInsnNode(saved[i].getOpcode(Opcodes.ISTORE), slots[i]));
		}
		for (int i = 0; i < saved.length; i++) {
			list.add(new VarInsnNode(saved[i].getOpcode(Opcodes.ILOAD), slots[i]));
		}
		list.add(new MethodInsnNode(Opcodes.INVOKESTATIC, CHECKS, check,
				Type.getMethodDescriptor(Type.VOID_TYPE, saved), false));
		for (int i = 0; i < saved.length; i++) {
			list.add(new VarInsnNode(saved[i].getOpcode(Opcodes.ILOAD), slots[i]));
		}
		return list;
	}

}
