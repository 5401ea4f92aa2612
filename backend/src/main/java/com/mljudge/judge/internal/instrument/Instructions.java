package com.mljudge.judge.internal.instrument;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;

/**
 * Small readings of single instructions for {@link CountedLoops}: stack effects of the
 * instructions a loop bound may use, integer constants, and stepping over labels and
 * frames.
 */
final class Instructions {

	private Instructions() {
	}

	/**
	 * Net stack effect of an instruction allowed in a loop bound, or null if not allowed.
	 */
	static Integer stackEffect(AbstractInsnNode insn) {
		int op = insn.getOpcode();
		if (op >= Opcodes.ICONST_M1 && op <= Opcodes.ICONST_5 || op == Opcodes.BIPUSH || op == Opcodes.SIPUSH
				|| op == Opcodes.ILOAD || op == Opcodes.ALOAD || op == Opcodes.GETSTATIC) {
			return 1;
		}
		if (op == Opcodes.LDC) {
			return (((LdcInsnNode) insn).cst instanceof Integer) ? 1 : null;
		}
		if (op == Opcodes.ARRAYLENGTH || op == Opcodes.GETFIELD) {
			return 0;
		}
		if (op == Opcodes.AALOAD || op == Opcodes.IALOAD || op == Opcodes.IADD || op == Opcodes.ISUB) {
			return -1;
		}
		return null;
	}

	static Integer constantValue(AbstractInsnNode insn) {
		int op = insn.getOpcode();
		if (op >= Opcodes.ICONST_M1 && op <= Opcodes.ICONST_5) {
			return op - Opcodes.ICONST_0;
		}
		if (op == Opcodes.BIPUSH || op == Opcodes.SIPUSH) {
			return ((IntInsnNode) insn).operand;
		}
		if (op == Opcodes.LDC && ((LdcInsnNode) insn).cst instanceof Integer value) {
			return value;
		}
		return null;
	}

	static int next(AbstractInsnNode[] insns, int from) {
		for (int p = from; p < insns.length; p++) {
			if (insns[p].getOpcode() >= 0) {
				return p;
			}
		}
		return -1;
	}

	static int previous(AbstractInsnNode[] insns, int from) {
		for (int p = from; p >= 0; p--) {
			if (insns[p].getOpcode() >= 0) {
				return p;
			}
		}
		return -1;
	}

}
