package com.mljudge.judge.internal.instrument;

import java.util.ArrayList;
import java.util.List;

import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Turns method references to library methods ({@code Math::abs}, {@code List::stream},
 * {@code ArrayList::new}) into references to small static methods of the user's class
 * that call the library method. Those get a budget tick on entry like every user method,
 * so a stream pipeline built only of library method references (say
 * {@code nCopies(n, list).stream().flatMap(List::stream)}) still checks its budget on
 * every element instead of running unstoppably inside the JDK. A lambda
 * ({@code x -> Math.abs(x)}) already compiles to a user method.
 */
final class MethodReferences {

	private static final String METAFACTORY = "java/lang/invoke/LambdaMetafactory";

	/** Names of the bridges (see {@link Leaves}: they keep their entry tick). */
	static final String BRIDGE_PREFIX = "lambda$library$";

	private MethodReferences() {
	}

	static void desugar(ClassNode type) {
		List<MethodNode> bridges = new ArrayList<>();
		boolean isInterface = (type.access & Opcodes.ACC_INTERFACE) != 0;
		for (MethodNode method : List.copyOf(type.methods)) {
			for (AbstractInsnNode insn : method.instructions.toArray()) {
				if (insn instanceof InvokeDynamicInsnNode indy && METAFACTORY.equals(indy.bsm.getOwner())
						&& indy.bsmArgs.length >= 3 && indy.bsmArgs[1] instanceof Handle target && isLibrary(target)
						&& target.getTag() != Opcodes.H_INVOKESPECIAL) {
					MethodNode bridge = bridge(target, BRIDGE_PREFIX + bridges.size());
					bridges.add(bridge);
					indy.bsmArgs[1] = new Handle(Opcodes.H_INVOKESTATIC, type.name, bridge.name, bridge.desc,
							isInterface);
				}
			}
		}
		type.methods.addAll(bridges);
	}

	private static boolean isLibrary(Handle handle) {
		String owner = handle.getOwner();
		return owner.startsWith("java/") || owner.startsWith("[");
	}

	/**
	 * {@code private static synthetic R name(receiver?, args...) { return
	 * target(receiver?, args...); }}
	 */
	private static MethodNode bridge(Handle target, String name) {
		Type targetType = Type.getMethodType(target.getDesc());
		List<Type> parameters = new ArrayList<>();
		Type returnType = targetType.getReturnType();
		int tag = target.getTag();
		boolean receiver = tag == Opcodes.H_INVOKEVIRTUAL || tag == Opcodes.H_INVOKEINTERFACE;
		if (receiver) {
			parameters.add(Type.getObjectType(target.getOwner()));
		}
		parameters.addAll(List.of(targetType.getArgumentTypes()));
		if (tag == Opcodes.H_NEWINVOKESPECIAL) {
			returnType = Type.getObjectType(target.getOwner());
		}
		String descriptor = Type.getMethodDescriptor(returnType, parameters.toArray(Type[]::new));
		MethodNode bridge = new MethodNode(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, name,
				descriptor, null, null);
		if (tag == Opcodes.H_NEWINVOKESPECIAL) {
			bridge.instructions.add(new TypeInsnNode(Opcodes.NEW, target.getOwner()));
			bridge.instructions.add(new InsnNode(Opcodes.DUP));
		}
		int slot = 0;
		for (Type parameter : parameters) {
			bridge.instructions.add(new VarInsnNode(parameter.getOpcode(Opcodes.ILOAD), slot));
			slot += parameter.getSize();
		}
		int opcode = switch (tag) {
			case Opcodes.H_INVOKESTATIC -> Opcodes.INVOKESTATIC;
			case Opcodes.H_INVOKEINTERFACE -> Opcodes.INVOKEINTERFACE;
			case Opcodes.H_NEWINVOKESPECIAL -> Opcodes.INVOKESPECIAL;
			default -> Opcodes.INVOKEVIRTUAL;
		};
		bridge.instructions.add(new MethodInsnNode(opcode, target.getOwner(), target.getName(), target.getDesc(),
				target.isInterface()));
		bridge.instructions.add(new InsnNode(returnType.getOpcode(Opcodes.IRETURN)));
		bridge.maxLocals = slot;
		bridge.maxStack = slot + 2 + returnType.getSize();
		return bridge;
	}

}
