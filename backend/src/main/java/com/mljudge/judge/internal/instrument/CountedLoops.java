package com.mljudge.judge.internal.instrument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Lets tiny innermost counted loops run without their own tick, with a proven bound on
 * the work done between two ticks. A tick in such a loop is an extra exit that stops the
 * JIT's loop optimizations (measured: 1.6x on k-means), so it is left out where the loop
 * provably ends soon.
 * <p>
 * <b>Rule.</b> A backward jump may go without a tick only if it closes an innermost loop
 * that (1) neither calls out (except the {@code O(1)} static methods of {@code Math} and
 * {@code StrictMath}), allocates, locks, switches, throws nor touches a try/catch; (2)
 * moves one int counter by a constant step exactly once on every pass and never stores it
 * otherwise; (3) compares that counter with a bound that nothing in the loop changes; (4)
 * is entered only at its head (javac) or through the single jump to its condition just
 * before it (Janino); and (5) is <em>versioned</em>: its entry first asks {@link #CHECK
 * Guard.fewPasses(counter, bound, step, weight)}, which answers whether (passes) x
 * (weight) stays within {@code Guard.LOOP_WORK}; if not, a copy of the loop with a tick
 * on its back jump runs instead.
 * <p>
 * <b>Proof sketch.</b> By (2) and (3) the number of passes is at most
 * {@code |bound - counter| / |step| + 1}; {@code fewPasses} also refuses bounds within
 * one step of the int range's end, where the counter could wrap past the bound. The
 * weight is an upper bound on one pass: one unit per instruction of the body (a unit is
 * one interpreted bytecode, at most about 10 ns), {@link #CHEAP_CALL} units for an
 * intrinsic {@code Math} call ({@code abs}, {@code sqrt} ...) and {@link #COSTLY_CALL}
 * for any other {@code Math}/{@code StrictMath} call (fdlibm's {@code sinh} is about 100
 * ns compiled, about 1 &micro;s before the JIT has compiled it). By (1) nothing else runs
 * inside. So an unticked run of the loop does at most {@code LOOP_WORK} units (about 0.3
 * s in the interpreter, far less compiled), after which control leaves the loop and
 * reaches a tick: the enclosing loop's back jump, the method's entry tick on the next
 * call, or the caller's. Every other backward jump carries a tick, so between two ticks a
 * thread runs at most: straight-line code of one method (at most 64 KiB of bytecode),
 * plus the unticked loops in it (each bounded as above, none nested in another), plus the
 * library calls in it (bounded by their own guards: sizes checked before costly calls,
 * spans for streams), plus leaf methods called from it (see {@code Instrumenter}).
 */
final class CountedLoops {

	/** The method answering whether a loop may run unticked. */
	static final String CHECK = "fewPasses";

	/**
	 * Weight of an intrinsic {@code Math} call: a few instructions compiled, a short call
	 * interpreted.
	 */
	static final int CHEAP_CALL = 5;

	/** Weight of any other {@code Math}/{@code StrictMath} call (fdlibm in Java). */
	static final int COSTLY_CALL = 100;

	private static final Set<String> INTRINSICS = Set.of("abs", "min", "max", "sqrt", "fma", "signum", "copySign",
			"floor", "ceil", "rint", "addExact", "subtractExact", "multiplyExact", "negateExact", "incrementExact",
			"decrementExact", "toIntExact", "floorDiv", "floorMod");

	private CountedLoops() {
	}

	/**
	 * Versions every loop the rule lets go unticked and answers the jumps that may stay
	 * unticked: the original loops' back jumps and their copies' exits.
	 */
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
		AbstractInsnNode[] insns = code.toArray();
		List<Plan> plans = new ArrayList<>();
		for (int n = 0; n < loops.size(); n++) {
			int[] loop = loops.get(n);
			if (innermost(loops, n) && !touchesTryCatch(method, loop)) {
				Counted counted = counted(code, jumps.get(n), loop[0], loop[1]);
				AbstractInsnNode entry = (counted != null) ? entry(method, insns, jumps.get(n), loop[0], loop[1])
						: null;
				if (entry != null) {
					plans.add(new Plan(jumps.get(n), (LabelNode) insns[loop[0]], entry, counted,
							weight(insns, loop[0], loop[1])));
				}
			}
		}
		Set<AbstractInsnNode> unticked = new HashSet<>();
		for (Plan plan : plans) {
			unticked.add(plan.back);
			unticked.addAll(version(method, plan));
		}
		return unticked;
	}

	/** A loop to version: its back jump, head, entry, counter and weight per pass. */
	private record Plan(JumpInsnNode back, LabelNode head, AbstractInsnNode entry, Counted counted, int weight) {
	}

	/** A counted loop's condition and the counter's step. */
	private record Counted(Condition condition, int step) {
	}

	/**
	 * Where the loop is entered: its head label (reached by falling through) or the one
	 * jump to its condition just before it; null when there is any other way in.
	 */
	private static AbstractInsnNode entry(MethodNode method, AbstractInsnNode[] insns, JumpInsnNode back, int head,
			int tail) {
		InsnList code = method.instructions;
		int before = Instructions.previous(insns, head - 1);
		if (before < 0) {
			return null;
		}
		AbstractInsnNode entry;
		if (back.getOpcode() == Opcodes.GOTO) {
			if (endsFlow(insns[before].getOpcode())) {
				return null;
			}
			entry = insns[head];
		}
		else {
			if (insns[before].getOpcode() != Opcodes.GOTO) {
				return null;
			}
			int target = code.indexOf(((JumpInsnNode) insns[before]).label);
			if (target <= head || target > tail) {
				return null;
			}
			entry = insns[before];
		}
		for (int p = 0; p < insns.length; p++) {
			if ((p >= head && p <= tail) || insns[p] == entry) {
				continue;
			}
			for (LabelNode target : targets(insns[p])) {
				int at = code.indexOf(target);
				if (at >= head && at <= tail) {
					return null;
				}
			}
		}
		return entry;
	}

	private static boolean endsFlow(int op) {
		return op == Opcodes.GOTO || (op >= Opcodes.IRETURN && op <= Opcodes.RETURN) || op == Opcodes.ATHROW
				|| op == Opcodes.TABLESWITCH || op == Opcodes.LOOKUPSWITCH;
	}

	private static List<LabelNode> targets(AbstractInsnNode insn) {
		if (insn instanceof JumpInsnNode jump) {
			return List.of(jump.label);
		}
		List<LabelNode> targets = new ArrayList<>();
		if (insn instanceof TableSwitchInsnNode table) {
			targets.add(table.dflt);
			targets.addAll(table.labels);
		}
		else if (insn instanceof LookupSwitchInsnNode lookup) {
			targets.add(lookup.dflt);
			targets.addAll(lookup.labels);
		}
		return targets;
	}

	/** Units of work of one pass (see the class comment). */
	private static int weight(AbstractInsnNode[] insns, int head, int tail) {
		int weight = 1;
		for (int p = head; p <= tail; p++) {
			if (insns[p] instanceof MethodInsnNode call) {
				weight += INTRINSICS.contains(call.name) ? CHEAP_CALL : COSTLY_CALL;
			}
			else if (insns[p].getOpcode() >= 0) {
				weight++;
			}
		}
		return weight;
	}

	/**
	 * Puts {@code fewPasses} before the loop's entry, choosing between the loop as it is
	 * and a copy at the end of the method whose back jump gets a tick. Answers the copy's
	 * jumps out of the loop (not loops themselves: the copy is entered only from the
	 * check). Frames stay valid: the check leaves stack and locals as they were, and the
	 * copy starts with (a copy of) the head's frame.
	 */
	private static List<AbstractInsnNode> version(MethodNode method, Plan plan) {
		InsnList code = method.instructions;
		Map<LabelNode, LabelNode> labels = new HashMap<>();
		for (AbstractInsnNode insn : code) {
			if (insn instanceof LabelNode label) {
				labels.put(label, label);
			}
		}
		List<AbstractInsnNode> range = new ArrayList<>();
		for (AbstractInsnNode insn = plan.head; insn != plan.back.getNext(); insn = insn.getNext()) {
			range.add(insn);
			if (insn instanceof LabelNode label) {
				labels.put(label, new LabelNode());
			}
		}
		InsnList copy = new InsnList();
		List<AbstractInsnNode> exits = new ArrayList<>();
		for (AbstractInsnNode insn : range) {
			AbstractInsnNode cloned = insn.clone(labels);
			copy.add(cloned);
			if (insn != plan.back && !targets(insn).isEmpty() && !range.contains(targets(insn).get(0))) {
				exits.add(cloned);
			}
		}
		LabelNode target;
		if (plan.entry instanceof LabelNode) {
			target = labels.get(plan.head);
		}
		else {
			LabelNode condition = ((JumpInsnNode) plan.entry).label;
			target = labels.get(condition);
			JumpInsnNode leave = new JumpInsnNode(Opcodes.GOTO, exitAfter(code, plan.back, frameAt(condition)));
			copy.add(leave);
			exits.add(leave);
		}
		code.add(copy);
		InsnList check = new InsnList();
		check.add(new VarInsnNode(Opcodes.ILOAD, plan.counted.condition.local));
		if (plan.counted.condition.bound.isEmpty()) {
			check.add(new InsnNode(Opcodes.ICONST_0));
		}
		else {
			plan.counted.condition.bound.forEach((insn) -> check.add(insn.clone(labels)));
		}
		check.add(new LdcInsnNode(plan.counted.step));
		check.add(new LdcInsnNode(plan.weight));
		check.add(new MethodInsnNode(Opcodes.INVOKESTATIC, Instrumenter.GUARD, CHECK, "(IIII)Z"));
		check.add(new JumpInsnNode(Opcodes.IFEQ, target));
		code.insertBefore(plan.entry, check);
		return exits;
	}

	/** The frame right after {@code label}, if the method has frames. */
	private static FrameNode frameAt(LabelNode label) {
		for (AbstractInsnNode insn = label.getNext(); insn != null && insn.getOpcode() < 0; insn = insn.getNext()) {
			if (insn instanceof FrameNode frame) {
				return frame;
			}
		}
		return null;
	}

	/**
	 * A label just after the loop's last instruction, with a frame when the method has
	 * frames (the same state as at the condition: the exit is its fall-through).
	 */
	private static LabelNode exitAfter(InsnList code, JumpInsnNode back, FrameNode conditionFrame) {
		for (AbstractInsnNode insn = back.getNext(); insn != null && insn.getOpcode() < 0; insn = insn.getNext()) {
			if (insn instanceof LabelNode label && (conditionFrame == null || frameAt(label) != null)) {
				return label;
			}
			if (insn instanceof FrameNode) {
				break;
			}
		}
		LabelNode exit = new LabelNode();
		InsnList list = new InsnList();
		list.add(exit);
		if (conditionFrame != null) {
			list.add(conditionFrame.clone(Map.of()));
		}
		code.insert(back, list);
		return exit;
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

	private static Counted counted(InsnList code, JumpInsnNode back, int head, int tail) {
		AbstractInsnNode[] insns = code.toArray();
		for (int p = head; p <= tail; p++) {
			if (!harmless(insns[p])) {
				return null;
			}
		}
		Condition condition = (back.getOpcode() == Opcodes.GOTO) ? headCondition(code, insns, head, tail)
				: tailCondition(insns, back, tail);
		if (condition == null || !condition.bound.stream().allMatch((insn) -> invariant(insn, insns, head, tail))) {
			return null;
		}
		int step = step(code, insns, head, tail, condition);
		return (step != 0) ? new Counted(condition, step) : null;
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

	/**
	 * The constant by which the counter moves toward the bound, exactly once, on every
	 * pass; 0 if it does not.
	 */
	private static int step(InsnList code, AbstractInsnNode[] insns, int head, int tail, Condition condition) {
		int step = -1;
		for (int p = head; p <= tail; p++) {
			AbstractInsnNode insn = insns[p];
			if (insn instanceof IincInsnNode inc && inc.var == condition.local) {
				boolean up = condition.op.startsWith("<");
				if (step >= 0 || inc.incr == 0 || (inc.incr > 0) != up) {
					return 0;
				}
				step = p;
			}
			else if (insn.getOpcode() == Opcodes.ISTORE && ((VarInsnNode) insn).var == condition.local) {
				return 0;
			}
		}
		if (step < 0) {
			return 0;
		}
		for (int p = head; p < tail; p++) {
			if (insns[p] instanceof JumpInsnNode jump) {
				int target = code.indexOf(jump.label);
				if (p < step && target > step && target <= tail) {
					return 0;
				}
			}
		}
		return ((IincInsnNode) insns[step]).incr;
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
