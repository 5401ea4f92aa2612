package com.mljudge.judge.internal.verify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Checks every instruction of the user's classes against the {@link Allowlist}: the gate
 * that replaces the SecurityManager. Runs before instrumentation, so the judge's own
 * runtime calls that the instrumenter adds are never seen by it.
 */
public final class BytecodeVerifier {

	/** Bootstrap methods javac emits for ordinary Java 17 code. */
	private static final Set<String> BOOTSTRAPS = Set.of("java/lang/invoke/LambdaMetafactory.metafactory",
			"java/lang/invoke/LambdaMetafactory.altMetafactory",
			"java/lang/invoke/StringConcatFactory.makeConcatWithConstants",
			"java/lang/invoke/StringConcatFactory.makeConcat", "java/lang/runtime/SwitchBootstraps.typeSwitch",
			"java/lang/runtime/SwitchBootstraps.enumSwitch", "java/lang/runtime/ObjectMethods.bootstrap");

	private static final int MAX_ARRAY_DIMENSIONS = 4;

	private final Allowlist allowlist = Allowlist.standard();

	private final JdkMembers jdk = new JdkMembers();

	/** Returns every violation, in class and line order (empty when the code may run). */
	public List<Violation> verify(Map<String, ClassNode> classes) {
		Set<Violation> violations = new LinkedHashSet<>();
		for (ClassNode node : classes.values()) {
			new Pass(classes, violations).visit(node);
		}
		return new ArrayList<>(violations);
	}

	private final class Pass {

		private final Map<String, ClassNode> user;

		private final Set<Violation> violations;

		private int line;

		Pass(Map<String, ClassNode> user, Set<Violation> violations) {
			this.user = user;
			this.violations = violations;
		}

		void visit(ClassNode node) {
			this.line = firstLine(node);
			if (node.name.contains("/")) {
				deny(node.name.substring(0, node.name.lastIndexOf('/')).replace('/', '.'),
						"packages are not allowed, use the default package");
			}
			checkSupertype(node.superName);
			node.interfaces.forEach(this::checkSupertype);
			int classLine = this.line;
			for (MethodNode method : node.methods) {
				int methodLine = firstLine(method);
				// Native and abstract methods have no code and so no line: point at the
				// class.
				this.line = (methodLine > 0) ? methodLine : classLine;
				if ((method.access & Opcodes.ACC_NATIVE) != 0) {
					deny(dotted(node.name) + "." + method.name, "native methods are not allowed");
				}
				if (method.name.equals("finalize") && method.desc.equals("()V")) {
					deny(dotted(node.name) + ".finalize", "finalizers are not allowed");
				}
				for (TryCatchBlockNode tryCatch : method.tryCatchBlocks) {
					if (tryCatch.type != null) {
						checkType(Type.getObjectType(tryCatch.type));
					}
				}
				for (AbstractInsnNode insn : method.instructions) {
					check(insn);
				}
			}
		}

		private void check(AbstractInsnNode insn) {
			if (insn instanceof LineNumberNode number) {
				this.line = number.line;
			}
			else if (insn instanceof MethodInsnNode call) {
				checkMethod(call.owner, call.name, call.desc);
			}
			else if (insn instanceof FieldInsnNode field) {
				checkField(field.owner, field.name);
			}
			else if (insn instanceof TypeInsnNode type) {
				checkType(Type.getObjectType(type.desc));
			}
			else if (insn instanceof MultiANewArrayInsnNode array) {
				if (array.dims > MAX_ARRAY_DIMENSIONS) {
					deny("new " + Type.getType(array.desc).getClassName(),
							"arrays of more than " + MAX_ARRAY_DIMENSIONS + " dimensions are not allowed");
				}
				checkType(Type.getType(array.desc));
			}
			else if (insn instanceof LdcInsnNode ldc) {
				checkConstant(ldc.cst);
			}
			else if (insn instanceof InvokeDynamicInsnNode indy) {
				Handle bsm = indy.bsm;
				if (!BOOTSTRAPS.contains(bsm.getOwner() + "." + bsm.getName())) {
					deny(dotted(bsm.getOwner()) + "." + bsm.getName(), "this invokedynamic bootstrap is not allowed");
				}
				for (Object arg : indy.bsmArgs) {
					checkConstant(arg);
				}
			}
		}

		private void checkConstant(Object constant) {
			if (constant instanceof Type type) {
				if (type.getSort() == Type.METHOD) {
					return;
				}
				checkType(type);
			}
			else if (constant instanceof Handle handle) {
				if (handle.getTag() <= Opcodes.H_PUTSTATIC) {
					checkField(handle.getOwner(), handle.getName());
				}
				else {
					checkMethod(handle.getOwner(), handle.getName(), handle.getDesc());
				}
			}
			else if (constant instanceof ConstantDynamic dynamic) {
				deny(dynamic.getName(), "dynamic constants are not allowed");
			}
		}

		private void checkSupertype(String name) {
			if (name != null && !this.user.containsKey(name) && allowlist.rule(name) == null) {
				deny(dotted(name), "extending or implementing this type is not allowed");
			}
		}

		private void checkType(Type type) {
			Type element = (type.getSort() == Type.ARRAY) ? type.getElementType() : type;
			if (element.getSort() != Type.OBJECT) {
				return;
			}
			String name = element.getInternalName();
			if (!this.user.containsKey(name) && allowlist.rule(name) == null) {
				deny(dotted(name), "use of this type is not allowed");
			}
		}

		private void checkField(String owner, String name) {
			if (owner.startsWith("[") || this.user.containsKey(owner)) {
				return;
			}
			Allowlist.Rule rule = allowlist.rule(owner);
			if (rule == null || !rule.permits(name)) {
				deny(dotted(owner) + "." + name, "not allowed");
			}
		}

		private void checkMethod(String owner, String name, String desc) {
			if (owner.startsWith("[")) {
				// Arrays: clone() and the methods of Object.
				if (!name.equals("clone")) {
					checkJdkMethod("java/lang/Object", name, desc);
				}
				return;
			}
			if (this.user.containsKey(owner)) {
				checkUserMethod(owner, name, desc, new HashSet<>());
				return;
			}
			if (allowlist.rule(owner) == null) {
				deny(dotted(owner) + "." + name, "not allowed");
				return;
			}
			checkJdkMethod(owner, name, desc);
		}

		/**
		 * A call on a user class: fine if a user class declares it, else judged where the
		 * JDK declares it.
		 */
		private boolean checkUserMethod(String owner, String name, String desc, Set<String> seen) {
			if (!seen.add(owner)) {
				return false;
			}
			ClassNode node = this.user.get(owner);
			if (node == null) {
				if (jdk.declaring(owner, name, desc) == null) {
					return false;
				}
				checkJdkMethod(owner, name, desc);
				return true;
			}
			for (MethodNode method : node.methods) {
				if (method.name.equals(name) && method.desc.equals(desc)) {
					return true;
				}
			}
			if (name.equals("<init>")) {
				return true;
			}
			if (node.superName != null && checkUserMethod(node.superName, name, desc, seen)) {
				return true;
			}
			for (String type : node.interfaces) {
				if (checkUserMethod(type, name, desc, seen)) {
					return true;
				}
			}
			return false;
		}

		private void checkJdkMethod(String owner, String name, String desc) {
			String declaring = jdk.declaring(owner, name, desc);
			if (declaring == null) {
				deny(dotted(owner) + "." + name, "not allowed");
				return;
			}
			Allowlist.Rule rule = allowlist.rule(declaring);
			if (rule == null || !rule.permits(name)) {
				deny(dotted(declaring) + "." + name, "not allowed");
			}
		}

		private void deny(String api, String reason) {
			this.violations.add(new Violation(api, this.line, reason));
		}

		private static int firstLine(ClassNode node) {
			int first = Integer.MAX_VALUE;
			for (MethodNode method : node.methods) {
				int line = firstLine(method);
				if (line > 0) {
					first = Math.min(first, line);
				}
			}
			return (first == Integer.MAX_VALUE) ? 0 : first;
		}

		private static int firstLine(MethodNode method) {
			for (AbstractInsnNode insn : method.instructions) {
				if (insn instanceof LineNumberNode number) {
					return number.line;
				}
			}
			return 0;
		}

	}

	private static String dotted(String internalName) {
		return internalName.replace('/', '.');
	}

}
