package com.mljudge.judge.internal.instrument;

import java.util.HashSet;
import java.util.Set;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Rewrites verified user bytecode so the judge keeps control: budget ticks on method
 * entry (except small leaves, see {@link Leaves}) and backward jumps (except innermost
 * counted loops with few passes, see {@link CountedLoops}), bounds on costly library
 * calls ({@link CostlyCalls}), a guard at the start of every catch/finally handler, size
 * checks before array allocation, {@code System.out}/{@code err} to the run's bounded
 * buffer, and monitors removed (user code is single-threaded, so they only matter as a
 * way to block the server on a shared lock).
 */
public final class Instrumenter {

	static final String GUARD = "com/mljudge/judge/internal/sandbox/Guard";

	/**
	 * Library calls that walk a span of elements without returning to user code in
	 * between.
	 */
	private static final Set<String> SPANS = Set.of("java/util/stream/IntStream.range(II)Ljava/util/stream/IntStream;",
			"java/util/stream/IntStream.rangeClosed(II)Ljava/util/stream/IntStream;",
			"java/util/Collections.nCopies(ILjava/lang/Object;)Ljava/util/List;");

	private final boolean skipCountedLoops;

	/**
	 * @param skipCountedLoops leave the tick out of innermost counted loops with
	 * invariant bounds (see {@link CountedLoops})
	 */
	public Instrumenter(boolean skipCountedLoops) {
		this.skipCountedLoops = skipCountedLoops;
	}

	public byte[] instrument(ClassNode node) {
		MethodReferences.desugar(node);
		CostlyCalls.bound(node);
		for (MethodNode method : node.methods) {
			method.access &= ~Opcodes.ACC_SYNCHRONIZED;
			if (method.instructions.size() > 0) {
				instrument(method, this.skipCountedLoops && Leaves.tickFree(node, method));
			}
		}
		// Frames stay valid: every insertion leaves the stack and locals as they were.
		ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
		node.accept(writer);
		return writer.toByteArray();
	}

	public static ClassNode read(byte[] bytes) {
		ClassNode node = new ClassNode();
		// Expanded frames: a frame copied elsewhere (see CountedLoops) stays valid.
		new ClassReader(bytes).accept(node, ClassReader.EXPAND_FRAMES);
		return node;
	}

	/**
	 * @param leaf whether the method goes without its entry tick (see {@link Leaves})
	 */
	private void instrument(MethodNode method, boolean leaf) {
		InsnList code = method.instructions;
		// A handler that covers itself (javac's monitor-exit handler) would catch its own
		// guard's rethrow forever; with monitors gone it has nothing left to protect.
		method.tryCatchBlocks.removeIf((tc) -> code.indexOf(tc.handler) >= code.indexOf(tc.start)
				&& code.indexOf(tc.handler) < code.indexOf(tc.end));
		Set<AbstractInsnNode> untickedJumps = this.skipCountedLoops ? CountedLoops.untickedBackJumps(method) : Set.of();
		for (AbstractInsnNode insn : code.toArray()) {
			switch (insn.getOpcode()) {
				case Opcodes.MONITORENTER, Opcodes.MONITOREXIT -> code.set(insn, new InsnNode(Opcodes.POP));
				case Opcodes.GETSTATIC -> redirectStandardStreams(code, (FieldInsnNode) insn);
				case Opcodes.NEWARRAY -> code.insertBefore(insn, arrayCheck(shift(((IntInsnNode) insn).operand)));
				case Opcodes.ANEWARRAY -> code.insertBefore(insn, arrayCheck(2));
				case Opcodes.MULTIANEWARRAY -> replaceMultiArray(code, (MultiANewArrayInsnNode) insn);
				default -> {
					InsnList sized = (insn instanceof MethodInsnNode call) ? SizedAllocations.checkBefore(call, method)
							: null;
					if (sized != null) {
						code.insertBefore(insn, sized);
					}
					if (insn instanceof MethodInsnNode call
							&& SPANS.contains(call.owner + "." + call.name + call.desc)) {
						code.insertBefore(insn, spanCheck(call.desc));
					}
					if (isBackwardJump(code, insn) && !untickedJumps.contains(insn)) {
						code.insertBefore(insn, tick());
					}
					if (insn instanceof MethodInsnNode call) {
						LibraryRedirects.apply(code, call);
					}
				}
			}
		}
		SizedAllocations.checkReturnedSize(method);
		Set<LabelNode> guarded = new HashSet<>();
		for (TryCatchBlockNode tryCatch : method.tryCatchBlocks) {
			if (guarded.add(tryCatch.handler)) {
				InsnList guard = new InsnList();
				guard.add(new InsnNode(Opcodes.DUP));
				guard.add(new MethodInsnNode(Opcodes.INVOKESTATIC, GUARD, "handler", "(Ljava/lang/Throwable;)V"));
				// After the handler's label and frame: the frame must stay on the
				// handler's first offset.
				code.insertBefore(firstRealInstruction(tryCatch.handler), guard);
			}
		}
		if (!leaf) {
			code.insert(tick());
		}
	}

	private static AbstractInsnNode firstRealInstruction(AbstractInsnNode from) {
		AbstractInsnNode insn = from;
		while (insn.getOpcode() < 0) {
			insn = insn.getNext();
		}
		return insn;
	}

	static boolean isBackwardJump(InsnList code, AbstractInsnNode insn) {
		int at = code.indexOf(insn);
		if (insn instanceof JumpInsnNode jump) {
			return code.indexOf(jump.label) <= at;
		}
		if (insn instanceof TableSwitchInsnNode table) {
			return code.indexOf(table.dflt) <= at || table.labels.stream().anyMatch((l) -> code.indexOf(l) <= at);
		}
		if (insn instanceof LookupSwitchInsnNode lookup) {
			return code.indexOf(lookup.dflt) <= at || lookup.labels.stream().anyMatch((l) -> code.indexOf(l) <= at);
		}
		return false;
	}

	private static void redirectStandardStreams(InsnList code, FieldInsnNode field) {
		if (field.owner.equals("java/lang/System") && (field.name.equals("out") || field.name.equals("err"))) {
			code.set(field, new MethodInsnNode(Opcodes.INVOKESTATIC, GUARD, "out", "()Ljava/io/PrintStream;"));
		}
	}

	private static InsnList tick() {
		InsnList list = new InsnList();
		list.add(new MethodInsnNode(Opcodes.INVOKESTATIC, GUARD, "tick", "()V"));
		return list;
	}

	private static InsnList arrayCheck(int shift) {
		InsnList list = new InsnList();
		list.add(new InsnNode(Opcodes.DUP));
		list.add(new IntInsnNode(Opcodes.BIPUSH, shift));
		list.add(new MethodInsnNode(Opcodes.INVOKESTATIC, GUARD, "array", "(II)V"));
		return list;
	}

	/**
	 * Checks the span with the operands left in place: (from, to) ints, or (count,
	 * element) for nCopies.
	 */
	private static InsnList spanCheck(String descriptor) {
		InsnList list = new InsnList();
		if (descriptor.startsWith("(II)")) {
			list.add(new InsnNode(Opcodes.DUP2));
		}
		else {
			list.add(new InsnNode(Opcodes.SWAP));
			list.add(new InsnNode(Opcodes.DUP));
			list.add(new InsnNode(Opcodes.ICONST_0));
			list.add(new InsnNode(Opcodes.SWAP));
		}
		list.add(new MethodInsnNode(Opcodes.INVOKESTATIC, GUARD, "span", "(II)V"));
		if (!descriptor.startsWith("(II)")) {
			list.add(new InsnNode(Opcodes.SWAP));
		}
		return list;
	}

	private static int shift(int arrayType) {
		return switch (arrayType) {
			case Opcodes.T_BOOLEAN, Opcodes.T_BYTE -> 0;
			case Opcodes.T_CHAR, Opcodes.T_SHORT -> 1;
			case Opcodes.T_INT, Opcodes.T_FLOAT -> 2;
			default -> 3;
		};
	}

	private static void replaceMultiArray(InsnList code, MultiANewArrayInsnNode insn) {
		InsnList list = new InsnList();
		list.add(new LdcInsnNode(Type.getType(insn.desc)));
		String descriptor = "(" + "I".repeat(insn.dims) + "Ljava/lang/Class;)Ljava/lang/Object;";
		list.add(new MethodInsnNode(Opcodes.INVOKESTATIC, GUARD, "multiArray" + insn.dims, descriptor));
		list.add(new TypeInsnNode(Opcodes.CHECKCAST, insn.desc));
		code.insertBefore(insn, list);
		code.remove(insn);
	}

}
