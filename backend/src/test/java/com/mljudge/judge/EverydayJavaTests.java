package com.mljudge.judge;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.mljudge.judge.AttackHarness.solution;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library a candidate reaches for in an interview, one family per program, judged
 * like a submission: each must be ACCEPTED (its {@code solve} returns {@code n + 1} only
 * when every call gave the expected answer). What the judge still refuses, and why, is in
 * the judge's JUDGE.md.
 */
class EverydayJavaTests {

	private static final Judge JUDGE = new Judge();

	private static final JudgeTask TASK = new JudgeTask(AttackHarness.TASK.entry(), AttackHarness.TASK.tests(),
			Checkers.fromSpec("exact", Map.of()), Limits.defaults());

	static Stream<Arguments> programs() {
		return Stream.of(program("formatting", "", """
				String a = String.format("%.3f|%5d|%-4s|%08.2f|%x|%,d", Math.PI, 42, "ab", 3.14159, 255, 1234567);
				String b = "%s=%d%n".formatted("k", 7);
				System.out.printf("row %d: %6.2f%n", 1, 2.5);
				System.out.format("%s%n", List.of(1, 2));
				String c = String.format(Locale.ROOT, "%e", 12345.678);
				boolean ok = a.equals("3.142|   42|ab  |00003.14|ff|1,234,567") && b.equals("k=7\\n")
				    && c.equals("1.234568e+04");
				return ok ? n + 1 : -1;"""),
				program("collections", "",
						"""
								PriorityQueue<int[]> pq = new PriorityQueue<>((x, y) -> Integer.compare(x[1], y[1]));
								pq.add(new int[] {1, 5}); pq.add(new int[] {2, 3});
								ArrayDeque<Integer> dq = new ArrayDeque<>(); dq.push(1); dq.offerLast(2);
								TreeMap<String, Integer> tm = new TreeMap<>(Map.of("b", 2, "a", 1));
								LinkedHashMap<String, Integer> lhm = new LinkedHashMap<>(); lhm.put("z", 1); lhm.merge("z", 4, Integer::sum);
								List<Integer> copies = new ArrayList<>(Collections.nCopies(3, 7));
								Iterator<Integer> it = copies.iterator(); int s = 0; while (it.hasNext()) s += it.next();
								Map.Entry<String, Integer> first = tm.firstEntry();
								BitSet bits = new BitSet(); bits.set(3); bits.set(5);
								boolean ok = pq.poll()[0] == 2 && dq.peekFirst() == 1 && first.getKey().equals("a")
								    && lhm.get("z") == 5 && s == 21 && bits.cardinality() == 2 && tm.ceilingKey("aa").equals("b");
								return ok ? n + 1 : -1;"""),
				program("streamsAndCollectors", "",
						"""
								List<String> words = List.of("apple", "avocado", "banana", "cherry", "blueberry");
								Map<Character, List<String>> byFirst = words.stream().collect(Collectors.groupingBy(w -> w.charAt(0)));
								String joined = words.stream().filter(w -> w.length() > 5).sorted().collect(Collectors.joining(",", "[", "]"));
								Map<String, Integer> lengths = words.stream().collect(Collectors.toMap(w -> w, String::length));
								double avg = IntStream.rangeClosed(1, 4).average().orElse(0);
								List<Integer> evens = Stream.iterate(0, i -> i + 2).limit(4).collect(Collectors.toList());
								List<Integer> bounded = Stream.iterate(1, i -> i < 20, i -> i * 3).toList();
								double[] ones = DoubleStream.generate(() -> 1.0).limit(3).toArray();
								Map<Boolean, Long> parts = words.stream().collect(Collectors.partitioningBy(w -> w.startsWith("b"), Collectors.counting()));
								boolean ok = byFirst.get('a').size() == 2 && joined.equals("[avocado,banana,blueberry,cherry]")
								    && lengths.get("kiwi") == null && avg == 2.5 && evens.equals(List.of(0, 2, 4, 6))
								    && bounded.equals(List.of(1, 3, 9)) && ones.length == 3 && parts.get(true) == 2;
								return ok ? n + 1 : -1;"""),
				program("recordsEnumsAndSwitches",
						"""
								record Point(int x, int y) implements Comparable<Point> {
								    public int compareTo(Point o) { return Comparator.comparingInt(Point::x).thenComparingInt(Point::y).compare(this, o); }
								}
								enum Color { RED, GREEN }
								sealed interface Shape permits Circle, Square { }
								record Circle(double r) implements Shape { }
								record Square(double s) implements Shape { }
								static double area(Shape s) {
								    if (s instanceof Circle c) return Math.PI * c.r() * c.r();
								    if (s instanceof Square q) return q.s() * q.s();
								    return 0;
								}""",
						"""
								var points = new TreeSet<>(List.of(new Point(2, 1), new Point(1, 9)));
								String kind = switch ("two") { case "one" -> "1"; case "two" -> "2"; default -> "?"; };
								int code = switch (Color.valueOf("GREEN")) { case RED -> 1; case GREEN -> 2; };
								String block = \"""
								    a
								    b\""";
								boolean ok = points.first().equals(new Point(1, 9)) && new Point(1, 2).hashCode() == new Point(1, 2).hashCode()
								    && new Point(1, 2).toString().equals("Point[x=1, y=2]") && kind.equals("2") && code == 2
								    && block.equals("a\\nb") && area(new Square(2)) == 4.0 && EnumSet.allOf(Color.class).size() == 2;
								return ok ? n + 1 : -1;"""),
				program("textNumbersAndOptional", "",
						"""
								StringBuilder sb = new StringBuilder("abc").reverse().append(12).insert(0, '-');
								String t = "  Hello, World  ".strip().toLowerCase(Locale.ROOT).replace("world", "you");
								Optional<String> none = Optional.empty();
								int parsed = Integer.parseInt("123") + Integer.valueOf(7) + Integer.MAX_VALUE / Integer.MAX_VALUE;
								long big = Long.parseLong("10000000000") + Long.bitCount(255L);
								double d = Double.parseDouble("2.5") + Double.compare(1.0, 2.0) + Math.max(Math.abs(-2.0), Math.hypot(3, 4));
								boolean chars = Character.isDigit('7') && Character.isLetter('x') && Character.toUpperCase('q') == 'Q';
								Random random = new Random(42);
								int r1 = random.nextInt(100);
								int r2 = new Random(42).nextInt(100);
								boolean ok = sb.toString().equals("-cba12") && t.equals("hello, you") && none.orElse("x").equals("x")
								    && parsed == 131 && big == 10000000008L && d == 6.5 && chars && r1 == r2
								    && Objects.equals(null, null) && Objects.hash(1, 2) == Arrays.hashCode(new Object[] {1, 2})
								    && String.join("-", List.of("a", "b")).equals("a-b") && "a,b".indexOf(',') == 1;
								return ok ? n + 1 : -1;"""),
				program("arraysAndComparators", "",
						"""
								Integer[] boxed = {3, 1, 2};
								Arrays.sort(boxed, Comparator.reverseOrder());
								int[][] grid = new int[3][4];
								for (int[] row : grid) Arrays.fill(row, 1);
								int[] idx = IntStream.range(0, 4).boxed().sorted(Comparator.comparingInt((Integer i) -> -i)).mapToInt(Integer::intValue).toArray();
								List<String> names = new ArrayList<>(List.of("bob", "Al", "cy"));
								names.sort(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));
								double[] copy = Arrays.copyOfRange(new double[] {1, 2, 3}, 1, 3);
								boolean ok = boxed[0] == 3 && Arrays.stream(grid).mapToInt(row -> Arrays.stream(row).sum()).sum() == 12
								    && idx[0] == 3 && names.equals(List.of("Al", "cy", "bob")) && Arrays.equals(copy, new double[] {2, 3})
								    && Arrays.asList(1, 2).contains(2) && Arrays.binarySearch(new int[] {1, 3, 5}, 3) == 1;
								return ok ? n + 1 : -1;"""));
	}

	private static Arguments program(String name, String members, String body) {
		return Arguments.of(name, solution(members, body));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("programs")
	void everydayLibraryCodeIsAccepted(String name, String source) {
		JudgeResult result = JUDGE.judge(source, TASK, AttackHarness.REFERENCE);
		assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.ACCEPTED);
	}

}
