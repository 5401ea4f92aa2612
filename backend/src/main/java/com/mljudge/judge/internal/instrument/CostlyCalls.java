package com.mljudge.judge.internal.instrument;

import java.util.Set;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Bounds the library calls of the allowlist whose cost is more than linear in their
 * arguments' sizes: library code has no ticks, so one such call could keep a sandbox
 * thread busy long after its kill.
 * <p>
 * Derived from the allowlist ({@code verify/allowlist.txt}): a JDK method there is either
 * constant-time, linear in the size of an argument or the receiver (bounded by the memory
 * limit: a linear pass over the largest array or string a run may hold, 256 MiB, takes
 * about 0.1 s), calls back into user code on every step (ticked there), or is one of
 * these, which are handled here:
 * <ul>
 * <li><b>object sorts</b> ({@code Arrays.sort(Object[]...)}, {@code Collections.sort},
 * {@code List.sort}, {@code Stream.sorted}, and the primitive streams' {@code sorted},
 * boxed): sorted with a comparator that ticks on every comparison
 * ({@code Guard.ticking}), so they stop at the next comparison after a kill; a sort of
 * known size with at most {@code Guard.DIRECT_SORT} comparisons runs as it is (at most
 * about 0.1 s);</li>
 * <li><b>primitive array sorts</b> ({@code Arrays.sort(int[]...)} and the other primitive
 * types): {@code n log n} is charged before the call ({@code Guard.sortCost});</li>
 * <li><b>substring search</b>: {@code String.indexOf/lastIndexOf(String)} and
 * {@code contains} run as the judge's own search ({@code LibraryCalls.indexOf}), the
 * JDK's algorithm with a tick per candidate position, so no stretch exceeds one needle's
 * length and an ordinary search of a long text is not refused up front;
 * {@code String.replace(CharSequence, CharSequence)} and {@code StringBuilder}'s
 * {@code indexOf/lastIndexOf} are charged {@code haystack x needle} steps before the call
 * ({@code Guard.searchCost});</li>
 * <li><b>endless streams</b> ({@code Stream.generate/iterate} and the primitive streams'
 * ones, if the allowlist lets them in): their functions are wrapped to tick on every
 * step, since a leaf function has no tick of its own ({@link Leaves});</li>
 * <li><b>bulk collection operations</b> ({@code removeAll}, {@code retainAll},
 * {@code containsAll}, {@code Collections.disjoint}): one {@code contains} per element,
 * {@code n x m} when the argument is not a set ({@code Guard.bulkCost}); and
 * {@code Collections.indexOfSubList/lastIndexOfSubList}: {@code n x m}.</li>
 * </ul>
 * A charge over {@code Guard.LIBRARY_WORK} ends the run with CPU_TIME before the call
 * starts. Left as bounded by memory: building a {@code TreeMap}/{@code TreeSet} from a
 * collection ({@code n log n} comparisons, n at most a few million entries at 40 bytes
 * each), {@code PriorityQueue} operations ({@code log n} each).
 */
final class CostlyCalls {

	private static final String[] PRIMITIVE_ARRAYS = { "[I", "[J", "[D", "[F", "[C", "[S", "[B" };

	private static final Set<String> SEARCHERS = Set.of("java/lang/String", "java/lang/StringBuilder",
			"java/lang/StringBuffer", "java/lang/AbstractStringBuilder");

	private static final Set<String> STREAMS = Set.of("java/util/stream/Stream", "java/util/stream/IntStream",
			"java/util/stream/LongStream", "java/util/stream/DoubleStream");

	private static final Set<String> BULK = Set.of("removeAll", "retainAll", "containsAll");

	private CostlyCalls() {
	}

	static void bound(ClassNode type) {
		for (MethodNode method : type.methods) {
			for (AbstractInsnNode insn : method.instructions.toArray()) {
				if (insn instanceof MethodInsnNode call) {
					bound(method.instructions, call);
				}
			}
		}
	}

	private static void bound(InsnList code, MethodInsnNode call) {
		String owner = call.owner;
		String name = call.name;
		String desc = call.desc;
		if (owner.equals("java/util/Arrays") && name.equals("sort")) {
			for (String array : PRIMITIVE_ARRAYS) {
				if (desc.equals("(" + array + ")V")) {
					code.insertBefore(call, charge(false, new InsnNode(Opcodes.ARRAYLENGTH), "sortCost", "(I)V"));
					return;
				}
				if (desc.equals("(" + array + "II)V")) {
					InsnList list = new InsnList();
					list.add(new InsnNode(Opcodes.DUP2));
					list.add(new InsnNode(Opcodes.SWAP));
					list.add(new InsnNode(Opcodes.ISUB));
					list.add(guard("sortCost", "(I)V"));
					code.insertBefore(call, list);
					return;
				}
			}
			if (desc.startsWith("([Ljava/lang/Object;")) {
				code.set(call, guard("sortObjects", desc));
			}
		}
		else if (owner.equals("java/util/Collections") && name.equals("sort")) {
			code.set(call, guard("sortList", desc));
		}
		else if (owner.startsWith("java/util/") && name.equals("sort") && desc.equals("(Ljava/util/Comparator;)V")
				&& call.getOpcode() != Opcodes.INVOKESTATIC) {
			code.set(call, guard("sortList", "(Ljava/util/List;Ljava/util/Comparator;)V"));
		}
		else if (owner.startsWith("java/util/stream/") && name.equals("sorted") && desc.startsWith("()")) {
			code.set(call, guard("sorted", "(L" + owner + ";)L" + owner + ";"));
		}
		else if (owner.equals("java/util/stream/Stream") && name.equals("sorted")) {
			code.set(call,
					guard("sorted", "(Ljava/util/stream/Stream;Ljava/util/Comparator;)Ljava/util/stream/Stream;"));
		}
		else if (STREAMS.contains(owner) && call.getOpcode() == Opcodes.INVOKESTATIC
				&& (name.equals("generate") || name.equals("iterate"))) {
			code.set(call, guard(name, desc));
		}
		else if (owner.equals("java/lang/String") && searches(name, desc) && !name.equals("replace")) {
			// Same answers, a tick per candidate position: no charge that would refuse an
			// ordinary search of a long text.
			code.set(call, new MethodInsnNode(Opcodes.INVOKESTATIC, LibraryRedirects.CALLS, name,
					"(Ljava/lang/String;" + desc.substring(1), false));
		}
		else if (SEARCHERS.contains(owner) && searches(name, desc)) {
			code.insertBefore(call, charge(desc.contains(";I)") || name.equals("replace"), null, "searchCost",
					"(Ljava/lang/CharSequence;Ljava/lang/CharSequence;)V"));
		}
		else if (owner.startsWith("java/util/") && BULK.contains(name) && desc.equals("(Ljava/util/Collection;)Z")
				&& call.getOpcode() != Opcodes.INVOKESTATIC) {
			code.insertBefore(call, charge(false, null, "bulkCost", "(Ljava/util/Collection;Ljava/util/Collection;)V"));
		}
		else if (owner.equals("java/util/Collections") && name.equals("disjoint")) {
			code.insertBefore(call, charge(false, null, "bulkCost", "(Ljava/util/Collection;Ljava/util/Collection;)V"));
		}
		else if (owner.equals("java/util/Collections") && name.endsWith("IndexOfSubList")
				|| owner.equals("java/util/Collections") && name.equals("indexOfSubList")) {
			code.insertBefore(call, charge(false, null, "subListCost", "(Ljava/util/List;Ljava/util/List;)V"));
		}
	}

	private static boolean searches(String name, String desc) {
		return ((name.equals("indexOf") || name.equals("lastIndexOf")) && desc.startsWith("(Ljava/lang/String;"))
				|| (name.equals("contains") && desc.equals("(Ljava/lang/CharSequence;)Z"))
				|| (name.equals("replace") && desc.startsWith("(Ljava/lang/CharSequence;Ljava/lang/CharSequence;)"));
	}

	/**
	 * A charge on the call's top operands, left in place: the top two ({@code below}
	 * false), or the two under a category-1 top operand ({@code below} true); with
	 * {@code single}, the top one through that instruction instead.
	 */
	private static InsnList charge(boolean below, AbstractInsnNode single, String method, String descriptor) {
		InsnList list = new InsnList();
		if (single != null) {
			list.add(new InsnNode(Opcodes.DUP));
			list.add(single);
			list.add(guard(method, descriptor));
			return list;
		}
		if (below) {
			// [a, b, c] -> [c, a, b], charge (a, b), -> [a, b, c]
			list.add(new InsnNode(Opcodes.DUP_X2));
			list.add(new InsnNode(Opcodes.POP));
			list.add(new InsnNode(Opcodes.DUP2));
			list.add(guard(method, descriptor));
			list.add(new InsnNode(Opcodes.DUP2_X1));
			list.add(new InsnNode(Opcodes.POP2));
			return list;
		}
		list.add(new InsnNode(Opcodes.DUP2));
		list.add(guard(method, descriptor));
		return list;
	}

	private static MethodInsnNode guard(String method, String descriptor) {
		return new MethodInsnNode(Opcodes.INVOKESTATIC, Instrumenter.GUARD, method, descriptor, false);
	}

}
