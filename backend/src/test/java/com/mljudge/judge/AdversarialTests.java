package com.mljudge.judge;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.mljudge.judge.AttackHarness.MARKER;
import static com.mljudge.judge.AttackHarness.solution;
import static com.mljudge.judge.Verdict.COMPILE_ERROR;
import static com.mljudge.judge.Verdict.MEMORY_LIMIT_EXCEEDED;
import static com.mljudge.judge.Verdict.OUTPUT_LIMIT_EXCEEDED;
import static com.mljudge.judge.Verdict.REJECTED;
import static com.mljudge.judge.Verdict.RUNTIME_ERROR;
import static com.mljudge.judge.Verdict.TIME_LIMIT_EXCEEDED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One small attack program per hole class. Each must get its verdict, and the server must
 * be unharmed afterwards: no file written, no secret printed, no sandbox thread left, the
 * next ordinary submission judged.
 */
class AdversarialTests {

	private static final Judge JUDGE = new Judge();

	private static final String M = MARKER.getAbsolutePath();

	record Attack(String name, Verdict verdict, String evidence, String source) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static Stream<Attack> attacks() {
		return Stream.of(
				// Denied APIs: REJECTED naming the API.
				denied("readsAFile", "java.io.FileReader",
						"new java.io.FileReader(\"/etc/passwd\").read(); return n + 1;"),
				denied("writesAFile", "java.nio.file",
						"java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + M + "\"), \"x\"); return n + 1;"),
				denied("opensASocket", "java.net.Socket",
						"new java.net.Socket(\"localhost\", 5432).close(); return n + 1;"),
				denied("startsAProcess", "java.lang.Runtime",
						"Runtime.getRuntime().exec(new String[] {\"touch\", \"" + M + "\"}); return n + 1;"),
				denied("buildsAProcess", "java.lang.ProcessBuilder",
						"new ProcessBuilder(\"touch\", \"" + M + "\").start(); return n + 1;"),
				denied("callsSystemExit", "java.lang.System.exit", "System.exit(0); return n + 1;"),
				denied("haltsTheRuntime", "java.lang.Runtime", "Runtime.getRuntime().halt(0); return n + 1;"),
				denied("addsAShutdownHook", "java.lang.Runtime",
						"Runtime.getRuntime().addShutdownHook(null); return n + 1;"),
				denied("readsTheEnvironment", "java.lang.System.getenv", "return System.getenv(\"HOME\").length();"),
				denied("readsASystemProperty", "java.lang.System.getProperty",
						"System.out.println(System.getProperty(\"judge.secret\")); return n + 1;"),
				denied("setsASystemProperty", "java.lang.System.setProperty",
						"System.setProperty(\"judge.secret\", \"x\"); return n + 1;"),
				denied("replacesSystemOut", "java.lang.System.setOut", "System.setOut(null); return n + 1;"),
				denied("readsStandardInput", "java.lang.System.in", "return System.in.read();"),
				denied("loadsAClassByName", "java.lang.Class.forName",
						"Class.forName(\"java.lang.Runtime\"); return n + 1;"),
				denied("reflectsThroughAnAllowedClass", "java.lang.Class.getDeclaredMethods",
						"return \"\".getClass().getDeclaredMethods().length;"),
				denied("climbsTheClassLoaderChain", "java.lang.Class.getClassLoader",
						"return Solution.class.getClassLoader().getParent().hashCode();"),
				denied("usesTheContextClassLoader", "java.lang.Thread",
						"return Thread.currentThread().getContextClassLoader().hashCode();"),
				denied("usesMethodHandles", "java.lang.invoke.MethodHandles",
						"return java.lang.invoke.MethodHandles.lookup().hashCode();"),
				denied("usesUnsafe", "sun.misc.Unsafe", "return sun.misc.Unsafe.class.hashCode();"),
				denied("startsAThread", "java.lang.Thread", "new Thread(() -> {}).start(); return n + 1;"),
				denied("extendsThread", "java.lang.Thread", "class Worker extends Thread {}\nreturn n + 1;"),
				denied("usesAnExecutor", "java.util.concurrent.Executors",
						"java.util.concurrent.Executors.newFixedThreadPool(2); return n + 1;"),
				denied("usesTheCommonPool", "java.util.concurrent.ForkJoinPool",
						"java.util.concurrent.ForkJoinPool.commonPool().submit(() -> {}); return n + 1;"),
				denied("usesAParallelStream", "java.util.Collection.parallelStream",
						"return (int) new ArrayList<Integer>(List.of(1, 2)).parallelStream().count();"),
				denied("parallelizesAStream", "java.util.stream.IntStream.parallel",
						"return IntStream.range(0, 10).parallel().sum();"),
				denied("parallelizesThroughStreamSupport", "java.util.stream.StreamSupport",
						"return (int) StreamSupport.stream(List.of(1, 2).spliterator(), true).count();"),
				denied("startsATimer", "java.util.Timer", "new java.util.Timer(); return n + 1;"),
				denied("sleeps", "java.lang.Thread", "Thread.sleep(100_000); return n + 1;"),
				denied("waitsOnAMonitor", "java.lang.Object.wait",
						"Object lock = new Object(); synchronized (lock) { lock.wait(); } return n + 1;"),
				denied("parksTheThread", "java.util.concurrent.locks.LockSupport",
						"java.util.concurrent.locks.LockSupport.park(); return n + 1;"),
				denied("changesTheDefaultLocale", "java.util.Locale", "Locale.setDefault(Locale.CHINA); return n + 1;"),
				denied("changesTheDefaultTimeZone", "java.util.TimeZone",
						"TimeZone.setDefault(TimeZone.getTimeZone(\"PST\")); return n + 1;"),
				denied("setsTheUncaughtExceptionHandler", "java.lang.Thread",
						"Thread.setDefaultUncaughtExceptionHandler((t, e) -> {}); return n + 1;"),
				denied("serializes", "java.io.ObjectOutputStream",
						"new java.io.ObjectOutputStream(new java.io.ByteArrayOutputStream()); return n + 1;"),
				denied("looksUpJndi", "javax.naming.InitialContext",
						"new javax.naming.InitialContext().lookup(\"ldap://x\"); return n + 1;"),
				denied("runsAScriptEngine", "javax.script.ScriptEngineManager",
						"new javax.script.ScriptEngineManager(); return n + 1;"),
				denied("loadsANativeLibrary", "java.lang.System.loadLibrary",
						"System.loadLibrary(\"c\"); return n + 1;"),
				denied("declaresANativeMethod", "native methods", "static native int evil();", "return evil();"),
				denied("opensAJdbcConnection", "java.sql.DriverManager",
						"java.sql.DriverManager.getConnection(\"jdbc:postgresql://localhost/judge\"); return n + 1;"),
				denied("backtracksARegex", "java.lang.String.matches",
						"return \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\".matches(\"(a+)+b\") ? 1 : n + 1;"),
				denied("compilesARegex", "java.util.regex.Pattern",
						"return java.util.regex.Pattern.compile(\"(a+)+b\").hashCode();"),
				denied("raisesABigIntegerToAHugePower", "java.math.BigInteger",
						"return java.math.BigInteger.TEN.pow(100_000_000).bitLength();"),
				denied("repeatsAStringHugely", "java.lang.String.repeat",
						"return \"x\".repeat(Integer.MAX_VALUE).length();"),
				denied("declaresAFinalizer", "finalizers", "protected void finalize() { }", "return n + 1;"),
				denied("registersACleaner", "java.lang.ref.Cleaner",
						"java.lang.ref.Cleaner.create().register(new Object(), () -> {}); return n + 1;"),
				denied("walksTheStack", "java.lang.StackWalker", "return StackWalker.getInstance().hashCode();"),
				denied("readsManagementBeans", "java.lang.management.ManagementFactory",
						"return java.lang.management.ManagementFactory.getRuntimeMXBean().hashCode();"),
				denied("exitsThroughAMethodReference", "java.lang.System.exit",
						"java.util.function.IntConsumer exit = System::exit; exit.accept(0); return n + 1;"),
				denied("printsAStackTraceToTheRealStderr", "java.lang.Throwable.printStackTrace",
						"new RuntimeException().printStackTrace(); return n + 1;"),
				denied("loopsInJdkCodeWithoutTicks", "java.util.stream.LongStream.range",
						"return (int) LongStream.range(0, Long.MAX_VALUE).reduce(0, Long::sum);"),
				new Attack("declaresAPackage", REJECTED, "packages are not allowed",
						"package evil;\n" + solution("", "return n + 1;")),
				new Attack("namesTheJudgeRuntime", COMPILE_ERROR, "",
						solution("", "com.mljudge.judge.internal.sandbox.Guard.tick(); return n + 1;")),
				new Attack("namesSpring", COMPILE_ERROR, "",
						solution("", "return org.springframework.context.ApplicationContext.class.hashCode();")),

				// Runaway code: the budget stops it.
				runaway("loopsForever", TIME_LIMIT_EXCEEDED, "while (true) { n++; }"),
				// Work done entirely inside library code has no ticks of its own. (its
				// strings use up the 64 MiB budget long before its CPU time; either way
				// the run stops)
				// Garbage only: the memory limit counts what is held, the CPU limit ends
				// it.
				runaway("nestsLibraryOnlyStreamsThroughMethodReferences", TIME_LIMIT_EXCEEDED,
						"return (int) IntStream.range(0, 50_000_000).mapToObj(Integer::toString)"
								+ ".flatMapToInt(String::chars).asLongStream().sum();"),
				runaway("sumsAHugeIntRange", TIME_LIMIT_EXCEEDED,
						"return (int) IntStream.range(0, Integer.MAX_VALUE).asLongStream().sum();"),
				// Innermost counted loops run unticked only for a bounded amount of work.
				runaway("callsCostlyMathInACountedLoop", TIME_LIMIT_EXCEEDED,
						"double s = 0; for (int i = 0; i < 150_000_000; i++) { s += StrictMath.sinh(i); } return (int) s;"),
				runaway("callsCostlyMathInACountedLoopCompiledByJavac", TIME_LIMIT_EXCEEDED,
						"var s = 0.0; for (int i = 0; i < 150_000_000; i++) { s += StrictMath.cbrt(i) + Math.log1p(i); }"
								+ " return (int) s;"),
				runaway("countsToTheEndOfTheIntRangeInAnInnerLoop", TIME_LIMIT_EXCEEDED,
						"long x = n; for (int r = 0; r < 1000; r++) { for (int i = -2_000_000_000; i < 2_000_000_000; i++) {"
								+ " x = x * 31 + i; x ^= x >>> 7; } } return (int) x;"),
				runaway("stepsPastTheBoundAndWrapsAround", TIME_LIMIT_EXCEEDED,
						"long x = 0; int top = Integer.MAX_VALUE - 1; for (int i = top - 5; i < top; i += 10) { x += i; } return (int) x;"),
				// Library calls that cost more than linear: charged before they start, or
				// sorted with a comparator that ticks.
				runaway("sortsAHugeIntArray", TIME_LIMIT_EXCEEDED,
						"int[] a = new int[15_000_000]; for (int i = 0; i < a.length; i++) { a[i] = (int) (i * 2654435761L); }"
								+ " Arrays.sort(a); return a[0];"),
				runaway("sortsAHugeRangeOfALongArray", TIME_LIMIT_EXCEEDED,
						"long[] a = new long[7_000_000]; for (int i = 0; i < a.length; i++) { a[i] = i * 2654435761L; }"
								+ " Arrays.sort(a, 0, a.length); return (int) a[0];"),
				runaway("sortsBoxedIntegersAgainAndAgain", TIME_LIMIT_EXCEEDED,
						"List<Integer> a = new ArrayList<>(); for (int i = 0; i < 1_000_000; i++) { a.add((int) (i * 2654435761L)); }"
								+ " while (true) { Collections.shuffle(a, new Random(n)); Collections.sort(a); n++; }"),
				runaway("sortsAStreamAgainAndAgain", TIME_LIMIT_EXCEEDED,
						"Integer[] a = new Integer[1_000_000]; for (int i = 0; i < a.length; i++) { a[i] = (int) (i * 2654435761L); }"
								+ " while (true) { n += Arrays.stream(a).sorted().mapToInt((x) -> x).sum(); Arrays.sort(a, Collections.reverseOrder()); }"),
				runaway("searchesWithAHugeNeedle", TIME_LIMIT_EXCEEDED,
						"StringBuilder b = new StringBuilder(); for (int i = 0; i < 4_000_000; i++) { b.append('a'); }"
								+ " String hay = b.toString(); String needle = hay.substring(0, 200_000) + 'b';"
								+ " return hay.indexOf(needle) + (hay.contains(needle) ? 1 : 0);"),
				runaway("searchesABuilderFromAnIndex", TIME_LIMIT_EXCEEDED,
						"StringBuilder b = new StringBuilder(); for (int i = 0; i < 4_000_000; i++) { b.append('a'); }"
								+ " String needle = b.substring(0, 200_000) + 'b'; return b.lastIndexOf(needle, 3_000_000);"),
				runaway("removesAListFromAList", TIME_LIMIT_EXCEEDED,
						"List<Integer> a = new ArrayList<>(); for (int i = 0; i < 200_000; i++) { a.add(i); }"
								+ " List<Integer> b = new ArrayList<>(a); a.removeAll(b); return a.size();"),
				// Small leaf methods have no entry tick; the JDK must not loop on them
				// forever.
				runaway("drivesAnEndlessIteratorFromTheLibrary", TIME_LIMIT_EXCEEDED,
						"static class Forever implements Iterator<Integer> { public boolean hasNext() { return true; }"
								+ " public Integer next() { return 1; } }",
						"Iterable<Integer> all = Forever::new; all.forEach((x) -> { }); return n;"),
				runaway("sortsWithALeafComparatorForever", TIME_LIMIT_EXCEEDED,
						"Integer[] a = new Integer[1_000_000]; Arrays.fill(a, 7);"
								+ " while (true) { Arrays.sort(a, (x, y) -> Integer.compare(y, x)); n++; }"),
				runaway("swallowsTheKillInACatchThrowableLoop", TIME_LIMIT_EXCEEDED,
						"while (true) { try { while (true) { n++; } } catch (Throwable t) { n--; } }"),
				runaway("loopsInFinally", TIME_LIMIT_EXCEEDED,
						"while (true) { try { while (true) { n++; } } finally { n--; if (n > -10) continue; } }"),
				runaway("recursesAfterCatchingStackOverflow", TIME_LIMIT_EXCEEDED, "static int dive(int d) {\n"
						+ "  try { return dive(d + 1); } catch (StackOverflowError e) { return dive(d + 1) + dive(d + 2); }\n}",
						"return dive(0);"),
				runaway("allocatesAHugeArray", MEMORY_LIMIT_EXCEEDED, "return new long[Integer.MAX_VALUE - 8].length;"),
				runaway("allocatesAHugeMatrix", MEMORY_LIMIT_EXCEEDED, "return new double[100_000][100_000].length;"),
				runaway("sizesAHugeJdkCollection", MEMORY_LIMIT_EXCEEDED,
						"return new ArrayList<Integer>(200_000_000).size();"),
				runaway("growsAStringBuilderToAHugeLength", MEMORY_LIMIT_EXCEEDED,
						"StringBuilder sb = new StringBuilder(); sb.setLength(Integer.MAX_VALUE - 16); return sb.length();"),
				runaway("reservesAHugeStringBuilder", MEMORY_LIMIT_EXCEEDED,
						"StringBuilder sb = new StringBuilder(); sb.ensureCapacity(Integer.MAX_VALUE - 16); return n;"),
				runaway("reservesAHugeArrayList", MEMORY_LIMIT_EXCEEDED,
						"ArrayList<Integer> list = new ArrayList<>(); list.ensureCapacity(Integer.MAX_VALUE - 16); return n;"),
				runaway("copiesIntoAHugeArray", MEMORY_LIMIT_EXCEEDED,
						"return Arrays.copyOf(new long[1], 100_000_000).length;"),
				// JDK calls sized by an argument that is not their last int (issue 14
				// #3).
				runaway("copiesIntoAHugeArrayOfAnotherType", MEMORY_LIMIT_EXCEEDED,
						"return Arrays.copyOf(new Object[0], 200_000_000, Object[].class).length;"),
				runaway("sizesAHugeVectorWithAnIncrement", MEMORY_LIMIT_EXCEEDED,
						"return new Vector<Integer>(200_000_000, 0).size();"),
				runaway("sizesAHugePriorityQueueWithAComparator", MEMORY_LIMIT_EXCEEDED,
						"return new PriorityQueue<Integer>(200_000_000, null).size();"),
				runaway("sizesAHugeHashMapWithALoadFactor", MEMORY_LIMIT_EXCEEDED,
						"Map<Integer, Integer> m = new HashMap<>(200_000_000, 0.75f); m.put(1, 1); return m.size();"),
				new Attack("growsAHashMapWithATinyLoadFactor", RUNTIME_ERROR, "load factor", solution("",
						"Map<Integer, Integer> m = new HashMap<>(16, 1e-9f); for (int i = 0; i < 40; i++) m.put(i, i); return m.size();")),
				runaway("indentsByAHugeAmount", MEMORY_LIMIT_EXCEEDED,
						"return \"x\\ny\".indent(200_000_000).length();"),
				runaway("setsAFarBitOfABitSet", MEMORY_LIMIT_EXCEEDED,
						"BitSet bits = new BitSet(); bits.set(Integer.MAX_VALUE - 1); return bits.size();"),
				runaway("growsAVectorWithSetSize", MEMORY_LIMIT_EXCEEDED,
						"Vector<Integer> v = new Vector<>(); v.setSize(200_000_000); return v.size();"),
				runaway("sizesAHugeAtomicArray", MEMORY_LIMIT_EXCEEDED,
						"return new java.util.concurrent.atomic.AtomicLongArray(200_000_000).length();"),
				runaway("reservesThroughItsOwnSubclass", MEMORY_LIMIT_EXCEEDED,
						"static class Big extends ArrayList<Integer> { void grow() { ensureCapacity(200_000_000); } }",
						"new Big().grow(); return n;"),
				runaway("sizesAListThroughAConstructorReference", MEMORY_LIMIT_EXCEEDED,
						"java.util.function.IntFunction<List<Integer>> make = ArrayList::new; return make.apply(200_000_000).size();"),
				// User collections that claim a huge size: the JDK presizes from it.
				runaway("liesAboutItsSizeToAHashMap", MEMORY_LIMIT_EXCEEDED,
						"static class Liar extends AbstractMap<Integer, Integer> {\n"
								+ "  public int size() { return 1_000_000_000; }\n"
								+ "  public Set<Map.Entry<Integer, Integer>> entrySet() { return Set.of(Map.entry(1, 1)); }\n}",
						"return new HashMap<>(new Liar()).size();"),
				runaway("liesAboutItsSizeToAnArrayDeque", MEMORY_LIMIT_EXCEEDED,
						"static class Liar extends AbstractCollection<Integer> {\n"
								+ "  public int size() { return 1_000_000_000; }\n"
								+ "  public Iterator<Integer> iterator() { return List.of(1).iterator(); }\n}",
						"return new ArrayDeque<>(new Liar()).size();"),
				runaway("liesAboutItsLengthToAStringBuilder", MEMORY_LIMIT_EXCEEDED,
						"static class Liar implements CharSequence {\n"
								+ "  public int length() { return 1_500_000_000; }\n"
								+ "  public char charAt(int i) { return 'x'; }\n"
								+ "  public CharSequence subSequence(int a, int b) { return this; }\n"
								+ "  public String toString() { return \"x\"; }\n}",
						"return new StringBuilder().append(new Liar()).length();"),
				runaway("allocatesCumulatively", MEMORY_LIMIT_EXCEEDED,
						"List<int[]> keep = new ArrayList<>(); while (true) { keep.add(new int[1 << 16]); }"),
				runaway("growsACollectionWithoutArrays", MEMORY_LIMIT_EXCEEDED,
						"List<Long> keep = new LinkedList<>(); for (long i = 0; ; i++) { keep.add(i); }"),
				// Output past what is kept is dropped; only a flood of 16 MiB ends the
				// run.
				new Attack("floodsStandardOutput", OUTPUT_LIMIT_EXCEEDED, "MiB written to standard output",
						solution("", "char[] page = new char[1 << 20]; while (true) { System.out.println(page); }")),
				runaway("floodsStandardError", OUTPUT_LIMIT_EXCEEDED,
						"char[] page = new char[1 << 16]; while (true) { System.err.print(page); }"),
				runaway("locksStandardOutForever", TIME_LIMIT_EXCEEDED,
						"synchronized (System.out) { while (true) { n++; } }"),
				runaway("loopsInAStaticInitializer", TIME_LIMIT_EXCEEDED,
						"static int seed = spin();\nstatic int spin() { int x = 1; while (x != 0) { x = x * 3 + 1; x |= 1; } return x; }",
						"return seed + n;"),
				runaway("throwsAMessageThatNeverEnds", TIME_LIMIT_EXCEEDED,
						"static class Evil extends RuntimeException { public String getMessage() { while (true) { } } }",
						"throw new Evil();"),
				// Formatting and endless stream sources are allowed, with bounds.
				new Attack("padsAFormatHugely", RUNTIME_ERROR, "format width 2000000000 is over the judge's limit",
						solution("", "return String.format(\"%2000000000d\", 1).length();")),
				new Attack("printsAHugePrecision", RUNTIME_ERROR, "format precision",
						solution("", "System.out.printf(\"%.2000000000f%n\", 1.0); return n + 1;")),
				new Attack("padsAFormattedTextHugely", RUNTIME_ERROR, "format width",
						solution("", "return \"%-99999999s\".formatted(\"x\").length();")),
				new Attack("readsTheServerTimeZoneThroughAFormat", RUNTIME_ERROR, "date and time conversions",
						solution("", "return String.format(\"%tZ\", 0L).length();")),
				runaway("formatsAnObjectWhoseToStringNeverEnds", TIME_LIMIT_EXCEEDED,
						"static class Evil { public String toString() { while (true) { } } }",
						"return String.format(\"%s\", new Evil()).length();"),
				// nCopies is lazy; copying 2^31 references out of it is refused as memory
				// before anything is allocated.
				runaway("copiesAHugeNCopies", MEMORY_LIMIT_EXCEEDED,
						"return new ArrayList<>(Collections.nCopies(Integer.MAX_VALUE, \"x\")).size();"),
				runaway("generatesForever", TIME_LIMIT_EXCEEDED, "return (int) Stream.generate(() -> 1).count();"),
				runaway("iteratesForeverWithAJdkFunction", TIME_LIMIT_EXCEEDED,
						"return (int) Stream.iterate(\"x\", java.util.function.UnaryOperator.identity()).count();"),
				runaway("iteratesIntsForeverWithAJdkFunction", TIME_LIMIT_EXCEEDED,
						"return IntStream.iterate(1, java.util.function.IntUnaryOperator.identity()).sum();"),
				runaway("generatesDoublesForeverFromAMethodReference", TIME_LIMIT_EXCEEDED,
						"Random r = new Random(1); return (int) DoubleStream.generate(r::nextDouble).sum();"),
				runaway("overflowsTheStack", RUNTIME_ERROR, "static int down(int d) { return down(d + 1) + 1; }",
						"return down(0);"),
				new Attack("throwsAHugeMessage", RUNTIME_ERROR, "IllegalStateException", solution("",
						"StringBuilder b = new StringBuilder(); for (int i = 0; i < 100_000; i++) b.append(\"secret \"); throw new IllegalStateException(b.toString());")),
				new Attack("oversizedSource", COMPILE_ERROR, "too large",
						solution("/*" + "x".repeat(70_000) + "*/", "return n + 1;")),
				new Attack("deeplyNestedSource", COMPILE_ERROR, "nested too deeply",
						solution("", "return " + "(".repeat(5_000) + "n" + ")".repeat(5_000) + " + 1;")));
	}

	private static Attack denied(String name, String api, String body) {
		return new Attack(name, REJECTED, api, solution("", body));
	}

	private static Attack denied(String name, String api, String members, String body) {
		return new Attack(name, REJECTED, api, solution(members, body));
	}

	private static Attack runaway(String name, Verdict verdict, String body) {
		return new Attack(name, verdict, "", solution("", body));
	}

	private static Attack runaway(String name, Verdict verdict, String members, String body) {
		return new Attack(name, verdict, "", solution(members, body));
	}

	@BeforeAll
	static void plantASecret() {
		System.setProperty("judge.secret", AttackHarness.SECRET);
		MARKER.delete();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("attacks")
	void attackGetsItsVerdictAndLeavesTheServerUnharmed(Attack attack) throws InterruptedException {
		JudgeResult result = JUDGE.judge(attack.source(), AttackHarness.TASK, AttackHarness.REFERENCE);

		assertThat(result.verdict()).as(result.toString()).isEqualTo(attack.verdict());
		assertThat(result.toString()).contains(attack.evidence());
		if (attack.verdict() == REJECTED) {
			assertThat(result.diagnostics()).as(result.toString()).allMatch((d) -> d.line() > 0);
		}
		AttackHarness.assertUnharmed(JUDGE, result);
	}

	/**
	 * Classes may be kept warm between verdicts of the same source (a Run then a Submit,
	 * another user's identical code). State that survives a call would let one verdict
	 * read what an earlier one's hidden tests passed in, so each program here counts its
	 * calls and fails when it sees a call from an earlier verdict.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("stateAcrossVerdicts")
	void stateNeverSurvivesIntoTheNextVerdictOfTheSameSource(String name, String source) throws InterruptedException {
		Judge judge = new Judge();
		for (int verdict = 0; verdict < 3; verdict++) {
			JudgeResult result = judge.judge(source, AttackHarness.TASK, AttackHarness.REFERENCE);
			assertThat(result.verdict()).as("verdict %d: %s", verdict, result).isEqualTo(Verdict.ACCEPTED);
		}
		AttackHarness.assertUnharmed(judge, judge.judge(source, AttackHarness.TASK, AttackHarness.REFERENCE));
	}

	static Stream<org.junit.jupiter.params.provider.Arguments> stateAcrossVerdicts() {
		// Each verdict makes two calls (two tests); a third call on the same counter
		// means state leaked.
		String leaked = "if (calls > 2) return -1; return n + 1;";
		return Stream.of(
				org.junit.jupiter.params.provider.Arguments.of("staticCounter",
						solution("static int calls;", "calls++; " + leaked)),
				org.junit.jupiter.params.provider.Arguments.of("staticFinalArray",
						solution("static final int[] SEEN = new int[1];", "int calls = ++SEEN[0]; " + leaked)),
				org.junit.jupiter.params.provider.Arguments.of("enumConstantField",
						solution("enum Box { ONE; int calls; }", "int calls = ++Box.ONE.calls; " + leaked)),
				org.junit.jupiter.params.provider.Arguments.of("nestedClassStatic", solution(
						"static class Memo { static java.util.List<Integer> seen = new java.util.ArrayList<>(); }",
						"Memo.seen.add(n); int calls = Memo.seen.size(); " + leaked)),
				org.junit.jupiter.params.provider.Arguments.of("staticInitializerOnly",
						solution("static int calls; static { calls = 0; }", "calls++; " + leaked)));
	}

}
