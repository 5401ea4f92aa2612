package com.mljudge.judge.internal.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.Type;

import com.mljudge.judge.internal.sandbox.SizedCalls;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every JDK member the allowlist lets user code call with a numeric parameter either gets
 * a size check before it runs or is listed here as sizing nothing from that parameter,
 * with the reason. A member added to the allowlist (or to a new JDK) fails this test
 * until someone decides which.
 */
class SizedAllocationsTests {

	/**
	 * {@code owner} (whole class), {@code owner.name} or {@code name} (any owner), to why
	 * its numeric parameters size no allocation.
	 */
	private static final Map<String, String> UNSIZED = Map.ofEntries(
			Map.entry("java/lang/Math", "arithmetic on primitives"),
			Map.entry("java/util/function", "runs a lambda or method reference, whose own code is instrumented"),
			Map.entry("java/lang/StrictMath", "arithmetic on primitives"),
			Map.entry("java/lang/Integer", "conversions of one number; strings of at most 33 chars"),
			Map.entry("java/lang/Long", "conversions of one number; strings of at most 65 chars"),
			Map.entry("java/lang/Short", "conversions of one number"),
			Map.entry("java/lang/Byte", "conversions of one number"),
			Map.entry("java/lang/Float", "conversions of one number"),
			Map.entry("java/lang/Double", "conversions of one number"),
			Map.entry("java/lang/Character", "one code point: at most two chars"),
			Map.entry("java/lang/Character$UnicodeBlock", "a lookup"),
			Map.entry("java/util/concurrent/atomic/AtomicInteger", "one value"),
			Map.entry("java/util/concurrent/atomic/AtomicLong", "one value"),
			Map.entry("java/util/Objects", "index checks"), Map.entry("java/util/OptionalInt", "one value"),
			Map.entry("java/util/OptionalLong", "one value"), Map.entry("java/util/OptionalDouble", "one value"),
			Map.entry("java/util/IntSummaryStatistics", "running sums"),
			Map.entry("java/util/LongSummaryStatistics", "running sums"),
			Map.entry("java/util/DoubleSummaryStatistics", "running sums"), Map.entry("java/util/Random", "one number"),
			Map.entry("java/lang/Enum", "an ordinal"),
			Map.entry("java/io/PrintStream", "writes into the run's bounded output buffer"),
			Map.entry("java/lang/System.arraycopy", "copies between arrays that exist"),
			Map.entry("java/util/concurrent/atomic/AtomicIntegerArray", "an index into an existing array"),
			Map.entry("java/util/concurrent/atomic/AtomicLongArray", "an index into an existing array"),
			Map.entry("java/util/Arrays.sort", "sorts an existing array"),
			Map.entry("java/util/Arrays.binarySearch", "searches an existing array"),
			Map.entry("java/util/Arrays.fill", "fills an existing array"),
			Map.entry("java/util/Arrays.equals", "compares existing arrays"),
			Map.entry("java/util/Arrays.compare", "compares existing arrays"),
			Map.entry("java/util/Arrays.compareUnsigned", "compares existing arrays"),
			Map.entry("java/util/Arrays.mismatch", "compares existing arrays"),
			Map.entry("java/util/Arrays.stream", "a view of an existing array"),
			Map.entry("java/util/stream/IntStream.range", "lazy; its span is checked by Guard.span"),
			Map.entry("java/util/stream/IntStream.rangeClosed", "lazy; its span is checked by Guard.span"),
			Map.entry("java/util/stream/LongStream.range", "lazy; denied in the allowlist"),
			Map.entry("java/util/stream/LongStream.rangeClosed", "lazy; denied in the allowlist"),
			Map.entry("iterate", "a seed value of a lazy stream (its steps tick, see LibraryRedirects)"),
			Map.entry("limit", "a bound on a lazy stream"), Map.entry("skip", "a count on a lazy stream"),
			Map.entry("of", "one element"), Map.entry("reduce", "an identity element"),
			Map.entry("orElse", "one value"),
			// Indexes into what exists: the JDK refuses an index past the end.
			Map.entry("get", "an index"), Map.entry("remove", "an index"), Map.entry("add", "an index"),
			Map.entry("addAll", "an index; the elements exist"), Map.entry("listIterator", "an index"),
			Map.entry("subList", "a view"), Map.entry("removeRange", "an index range"), Map.entry("charAt", "an index"),
			Map.entry("codePointAt", "an index"), Map.entry("codePointBefore", "an index"),
			Map.entry("codePointCount", "an index range"), Map.entry("offsetByCodePoints", "an index"),
			Map.entry("subSequence", "a range of what exists"), Map.entry("substring", "a range of what exists"),
			Map.entry("getChars", "copies into an existing array"),
			Map.entry("getBytes", "copies into an existing array"), Map.entry("indexOf", "a search"),
			Map.entry("lastIndexOf", "a search"), Map.entry("regionMatches", "a comparison"),
			Map.entry("startsWith", "a comparison"), Map.entry("splitWithDelimiters", "a limit on the parts"),
			Map.entry("delete", "an index range"), Map.entry("deleteCharAt", "an index"),
			Map.entry("setCharAt", "an index"), Map.entry("replace", "an index range; the text exists"),
			Map.entry("insert", "an index, or one number's text"),
			Map.entry("append", "one number's text, or a range of an existing array or text"),
			Map.entry("appendCodePoint", "one code point"), Map.entry("valueOf", "one number, or existing chars"),
			Map.entry("copyValueOf", "existing chars"),
			Map.entry("java/lang/String.<init>", "bytes, chars or code points of an existing array"),
			Map.entry("set", "an index into what exists (BitSet's set is checked by descriptor)"),
			Map.entry("elementAt", "an index"), Map.entry("removeElementAt", "an index"),
			Map.entry("insertElementAt", "an index"), Map.entry("setElementAt", "an index"),
			Map.entry("clear", "clears bits that exist"), Map.entry("nextClearBit", "a search"),
			Map.entry("nextSetBit", "a search"), Map.entry("previousSetBit", "a search"),
			Map.entry("previousClearBit", "a search"), Map.entry("swap", "two indexes"),
			Map.entry("rotate", "a distance"), Map.entry("accept", "one value"));

	@Test
	void everyAllowedMemberWithANumericParameterIsCheckedOrExplained() throws IOException {
		List<String> unexplained = new ArrayList<>();
		int checked = 0;
		for (Executable member : allowedMembers()) {
			if (Stream.of(member.getParameterTypes()).noneMatch(SizedAllocationsTests::numeric)) {
				continue;
			}
			String owner = Type.getInternalName(member.getDeclaringClass());
			boolean isStatic = Modifier.isStatic(member.getModifiers());
			String name = (member instanceof Constructor) ? "<init>" : member.getName();
			String descriptor = (member instanceof Method method) ? Type.getMethodDescriptor(method)
					: Type.getConstructorDescriptor((Constructor<?>) member);
			if (SizedAllocations.CHECKED.containsKey(SizedAllocations.key(owner, name, descriptor, isStatic))) {
				checked++;
			}
			else if (!UNSIZED.containsKey(owner) && !UNSIZED.containsKey(owner.substring(0, owner.lastIndexOf('/')))
					&& !UNSIZED.containsKey(owner + "." + name)
					&& !(UNSIZED.containsKey(name) && !name.equals("<init>"))
					&& !(name.equals("<init>") && isSummary(owner))) {
				unexplained.add(owner + "." + name + descriptor);
			}
		}
		assertThat(unexplained).as("allowed members that may size an allocation, neither checked nor explained")
			.isEmpty();
		assertThat(checked).as("members checked").isGreaterThan(40);
	}

	@Test
	void theIssueBypassesAreChecked() {
		assertThat(SizedAllocations.CHECKED).containsKeys(
				"java/util/Arrays.copyOf([Ljava/lang/Object;ILjava/lang/Class;)[Ljava/lang/Object;",
				"java/util/Vector.<init>(II)V", "java/util/PriorityQueue.<init>(ILjava/util/Comparator;)V",
				"java/util/HashMap.<init>(IF)V", "indent(I)Ljava/lang/String;", "repeat(I)Ljava/lang/String;");
	}

	@Test
	void everyCheckExistsWithTheDescriptorTheInstrumenterCalls() {
		for (Map.Entry<String, String> entry : SizedAllocations.CHECKED.entrySet()) {
			String key = entry.getKey();
			String descriptor = key.substring(key.indexOf('('));
			boolean receiver = !key.contains(".");
			List<Class<?>> parameters = new ArrayList<>();
			if (receiver) {
				parameters.add(Object.class);
			}
			for (Type argument : Type.getArgumentTypes(descriptor)) {
				parameters.add(switch (argument.getSort()) {
					case Type.INT -> int.class;
					case Type.FLOAT -> float.class;
					case Type.BOOLEAN -> boolean.class;
					case Type.OBJECT, Type.ARRAY -> Object.class;
					default -> throw new AssertionError("unexpected parameter in " + key);
				});
			}
			assertThat(Stream.of(SizedCalls.class.getMethods())
				.anyMatch((m) -> m.getName().equals(entry.getValue())
						&& List.of(m.getParameterTypes()).equals(parameters) && Modifier.isStatic(m.getModifiers())))
				.as("SizedCalls.%s%s for %s", entry.getValue(), parameters, key)
				.isTrue();
		}
	}

	private static boolean accessible(Class<?> type) {
		for (Class<?> k = type; k != null; k = k.getEnclosingClass()) {
			if (!Modifier.isPublic(k.getModifiers())) {
				return false;
			}
		}
		return true;
	}

	private static boolean isSummary(String owner) {
		return owner.endsWith("SummaryStatistics") || owner.equals("java/util/Random");
	}

	private static boolean numeric(Class<?> type) {
		return type == int.class || type == long.class || type == float.class || type == double.class
				|| type == short.class;
	}

	/**
	 * Public members of the JDK classes the allowlist names, as the allowlist permits.
	 */
	private static List<Executable> allowedMembers() throws IOException {
		List<Executable> members = new ArrayList<>();
		FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
		List<String> lines = allowlistLines();
		Set<String> ownLines = new HashSet<>();
		lines.forEach((line) -> ownLines.add(line.split("\\s+")[0]));
		for (String line : lines) {
			String[] words = line.split("\\s+");
			Set<String> classes = new TreeSet<>();
			if (words[0].endsWith("/*")) {
				String pkg = words[0].substring(0, words[0].length() - 2);
				try (Stream<Path> files = Files.list(jrt.getPath("modules", "java.base", pkg))) {
					files.map((p) -> p.getFileName().toString())
						.filter((f) -> f.endsWith(".class"))
						.map((f) -> pkg + "/" + f.substring(0, f.length() - 6))
						// A class with a line of its own follows that line, not the
						// package's.
						.filter((c) -> !ownLines.contains(c))
						.forEach(classes::add);
				}
			}
			else {
				classes.add(words[0]);
			}
			boolean all = false;
			Set<String> allowed = new HashSet<>();
			Set<String> denied = new HashSet<>();
			for (int i = 1; i < words.length; i++) {
				if (words[i].equals("*")) {
					all = true;
				}
				else if (words[i].startsWith("-")) {
					denied.add(words[i].substring(1));
				}
				else {
					allowed.add(words[i]);
				}
			}
			for (String name : classes) {
				Class<?> type;
				try {
					type = Class.forName(name.replace('/', '.'), false, ClassLoader.getPlatformClassLoader());
				}
				catch (ClassNotFoundException | LinkageError ex) {
					continue;
				}
				if (!accessible(type) && !name.equals("java/lang/AbstractStringBuilder")) {
					// Source cannot name it nor reach its members through a public
					// subclass
					// (AbstractStringBuilder's reach StringBuilder's callers).
					continue;
				}
				List<Executable> declared = new ArrayList<>(List.of(type.getDeclaredMethods()));
				declared.addAll(List.of(type.getDeclaredConstructors()));
				for (Executable member : declared) {
					String memberName = (member instanceof Constructor) ? "<init>" : member.getName();
					boolean visible = Modifier.isPublic(member.getModifiers())
							|| Modifier.isProtected(member.getModifiers());
					boolean permitted = all ? !denied.contains(memberName) : allowed.contains(memberName);
					if (visible && permitted && !member.isSynthetic()) {
						members.add(member);
					}
				}
			}
		}
		return members;
	}

	private static List<String> allowlistLines() throws IOException {
		try (InputStream in = SizedAllocationsTests.class
			.getResourceAsStream("/com/mljudge/judge/internal/verify/allowlist.txt")) {
			assertThat(in).as("allowlist.txt").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((l) -> !l.isEmpty() && !l.startsWith("#"))
				.toList();
		}
	}

}
