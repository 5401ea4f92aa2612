package com.mljudge.judge.internal.instrument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Finds the innermost counted loops whose bound is invariant, so they can go without
 * their own tick. A tick in a tiny innermost loop is an extra exit that stops the JIT's
 * loop optimizations (measured: 1.6x on k-means). Such a loop needs none: it has no calls
 * and no allocation, its only backward jump is its own, its int counter moves by a
 * constant on every pass and its bound cannot change inside it, so it ends within 2^32
 * cheap passes, and the enclosing loop's tick (or the method entry's) still bounds a
 * runaway to one pass.
 */
final class CountedLoops {

	private CountedLoops() {
	}

	/** Backward jumps that may stay unticked. */
	static Set<AbstractInsnNode> untickedBackJumps(MethodNode method) {
		InsnList code = method.instructions;
		List<int[]> loops = new ArrayList<>();
		List<JumpInsnNode> jumps = new ArrayList<>();
		for (AbstractInsnNode insn : code) {
			if (insn instanceof JumpInsnNode jump && code.indexOf(jump.label) <= code.indexOf(jump)) {
				loops.add(new int[] { code.indexOf(jump.label), code.indexOf(jump) });
				jumps.add(jump);
			}
		}
		Set<AbstractInsnNode> unticked = new HashSet<>();
		for (int n = 0; n < loops.size(); n++) {
			int[] loop = loops.get(n);
			if (innermost(loops, n) && !touchesTryCatch(method, loop)
					&& counted(code, jumps.get(n), loop[0], loop[1])) {
				unticked.add(jumps.get(n));
			}
		}
		return unticked;
	}

	private static boolean innermost(List<int[]> loops, int n) {
		int[] loop = loops.get(n);
		for (int m = 0; m < loops.size(); m++) {
			int[] other = loops.get(m);
			if (m != n && other[0] >= loop[0] && other[1] <= loop[1]) {
				return false;
			}
		}
		return true;
	}

	private static boolean touchesTryCatch(MethodNode method, int[] loop) {
		InsnList code = method.instructions;
		for (TryCatchBlockNode tryCatch : method.tryCatchBlocks) {
			int start = code.indexOf(tryCatch.start);
			int end = code.indexOf(tryCatch.end);
			int handler = code.indexOf(tryCatch.handler);
			if ((start <= loop[1] && end >= loop[0]) || (handler >= loop[0] && handler <= loop[1])) {
				return true;
			}
		}
		return false;
	}

	private static boolean counted(InsnList code, JumpInsnNode back, int head, int tail) {
		AbstractInsnNode[] insns = code.toArray();
		for (int p = head; p <= tail; p++) {
			if (!harmless(insns[p])) {
				return false;
			}
		}
		Condition condition = (back.getOpcode() == Opcodes.GOTO) ? headCondition(code, insns, head, tail)
				: tailCondition(insns, back, tail);
		if (condition == null || !condition.bound.stream().allMatch((insn) -> invariant(insn, insns, head, tail))) {
			return false;
		}
		return advancesEveryPass(code, insns, head, tail, condition);
	}

	/**
	 * The loop continues while {@code local <op> bound}; {@code op} is a Java comparison.
	 */
	private record Condition(int local, String op, List<AbstractInsnNode> bound) {
	}

	/** javac: {@code head: iload i; <bound>; if_icmpge exit; body; iinc; goto head}. */
	private static Condition headCondition(InsnList code, AbstractInsnNode[] insns, int head, int tail) {
		int p = Instructions.next(insns, head);
		if (p < 0 || insns[p].getOpcode() != Opcodes.ILOAD) {
			return null;
		}
		int local = ((VarInsnNode) insns[p]).var;
		List<AbstractInsnNode> bound = new ArrayList<>();
		for (p = Instructions.next(insns, p + 1); p >= 0 && p < tail
				&& !(insns[p] instanceof JumpInsnNode); p = Instructions.next(insns, p + 1)) {
			bound.add(insns[p]);
		}
		if (p < 0 || p >= tail || code.indexOf(((JumpInsnNode) insns[p]).label) <= tail) {
			return null;
		}
		String op = switch (insns[p].getOpcode()) {
			case Opcodes.IF_ICMPGE, Opcodes.IFGE -> "<";
			case Opcodes.IF_ICMPLE, Opcodes.IFLE -> ">";
			case Opcodes.IF_ICMPGT, Opcodes.IFGT -> "<=";
			case Opcodes.IF_ICMPLT, Opcodes.IFLT -> ">=";
			default -> null;
		};
		return condition(local, op, bound, insns[p].getOpcode() <= Opcodes.IFLE);
	}

	/**
	 * Janino and friends:
	 * {@code body: ...; iinc; cond: iload i; <bound>; if_icmplt body}.
	 */
	private static Condition tailCondition(AbstractInsnNode[] insns, JumpInsnNode back, int tail) {
		String op = switch (back.getOpcode()) {
			case Opcodes.IF_ICMPLT, Opcodes.IFLT -> "<";
			case Opcodes.IF_ICMPGT, Opcodes.IFGT -> ">";
			case Opcodes.IF_ICMPLE, Opcodes.IFLE -> "<=";
			case Opcodes.IF_ICMPGE, Opcodes.IFGE -> ">=";
			default -> null;
		};
		boolean zero = back.getOpcode() <= Opcodes.IFLE;
		List<AbstractInsnNode> bound = new ArrayList<>();
		int need = zero ? 0 : 1;
		int p = Instructions.previous(insns, tail - 1);
		while (need > 0 && p >= 0) {
			Integer effect = Instructions.stackEffect(insns[p]);
			if (effect == null) {
				return null;
			}
			need -= effect;
			bound.add(0, insns[p]);
			p = Instructions.previous(insns, p - 1);
		}
		if (need != 0 || p < 0 || insns[p].getOpcode() != Opcodes.ILOAD) {
			return null;
		}
		return condition(((VarInsnNode) insns[p]).var, op, bound, zero);
	}

	private static Condition condition(int local, String op, List<AbstractInsnNode> bound, boolean zero) {
		if (op == null || (zero && !bound.isEmpty())) {
			return null;
		}
		if (!zero) {
			int produced = 0;
			for (AbstractInsnNode insn : bound) {
				Integer effect = Instructions.stackEffect(insn);
				if (effect == null) {
					return null;
				}
				produced += effect;
			}
			if (produced != 1) {
				return null;
			}
		}
		boolean constant = zero || (bound.size() == 1 && Instructions.constantValue(bound.get(0)) != null);
		if ((op.equals("<=") || op.equals(">=")) && !constant) {
			// i <= n never ends when n is Integer.MAX_VALUE.
			return null;
		}
		if (constant && !zero) {
			int value = Instructions.constantValue(bound.get(0));
			if (value == Integer.MAX_VALUE || value == Integer.MIN_VALUE) {
				return null;
			}
		}
		return new Condition(local, op, bound);
	}

	/** The counter moves toward the bound by a constant, exactly once, on every pass. */
	private static boolean advancesEveryPass(InsnList code, AbstractInsnNode[] insns, int head, int tail,
			Condition condition) {
		int step = -1;
		for (int p = head; p <= tail; p++) {
			AbstractInsnNode insn = insns[p];
			if (insn instanceof IincInsnNode inc && inc.var == condition.local) {
				boolean up = condition.op.startsWith("<");
				if (step >= 0 || inc.incr == 0 || (inc.incr > 0) != up) {
					return false;
				}
				step = p;
			}
			else if (insn.getOpcode() == Opcodes.ISTORE && ((VarInsnNode) insn).var == condition.local) {
				return false;
			}
		}
		if (step < 0) {
			return false;
		}
		for (int p = head; p < tail; p++) {
			if (insns[p] instanceof JumpInsnNode jump) {
				int target = code.indexOf(jump.label);
				if (p < step && target > step && target <= tail) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean invariant(AbstractInsnNode read, AbstractInsnNode[] insns, int head, int tail) {
		for (int p = head; p <= tail; p++) {
			AbstractInsnNode insn = insns[p];
			int op = insn.getOpcode();
			if (read instanceof VarInsnNode local) {
				if ((insn instanceof VarInsnNode store && op >= Opcodes.ISTORE && op <= Opcodes.ASTORE
						&& store.var == local.var) || (insn instanceof IincInsnNode inc && inc.var == local.var)) {
					return false;
				}
			}
			else if (read instanceof FieldInsnNode field) {
				if (insn instanceof FieldInsnNode put && (op == Opcodes.PUTFIELD || op == Opcodes.PUTSTATIC)
						&& put.name.equals(field.name) && put.owner.equals(field.owner)) {
					return false;
				}
			}
			else if (read.getOpcode() == Opcodes.AALOAD || read.getOpcode() == Opcodes.IALOAD) {
				if (op == Opcodes.AASTORE || op == Opcodes.IASTORE) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * Instructions that neither call out, allocate, lock nor jump anywhere but forward.
	 */
	private static boolean harmless(AbstractInsnNode insn) {
		int op = insn.getOpcode();
		if (insn instanceof MethodInsnNode call) {
			return op == Opcodes.INVOKESTATIC
					&& (call.owner.equals("java/lang/Math") || call.owner.equals("java/lang/StrictMath"));
		}
		return switch (op) {
			case Opcodes.INVOKEDYNAMIC, Opcodes.NEW, Opcodes.NEWARRAY, Opcodes.ANEWARRAY, Opcodes.MULTIANEWARRAY,
					Opcodes.MONITORENTER, Opcodes.MONITOREXIT, Opcodes.TABLESWITCH, Opcodes.LOOKUPSWITCH, Opcodes.JSR,
					Opcodes.RET, Opcodes.ATHROW ->
				false;
			default -> true;
		};
	}

}
