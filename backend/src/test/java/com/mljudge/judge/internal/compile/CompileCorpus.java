package com.mljudge.judge.internal.compile;

import java.util.List;

/**
 * Sources written for the differential compile test: records, generics, lambdas, enums,
 * nested, local and anonymous classes, many of them reusing the names Point, Node, Pair
 * and Solution with different shapes, plus a few that do not compile. Every one of them
 * must compile (or fail) in a reused javac context exactly as in a fresh one.
 */
final class CompileCorpus {

	private CompileCorpus() {
	}

	static final List<String> SOURCES = List.of("""
			public class Solution {
			    record Point(double[] coords) { }
			    static int dims(double[][] xs) { return new Point(xs[0]).coords().length; }
			}
			""",
			"""
					public class Solution {
					    record Point(int x, int y) { }
					    static int manhattan(int a, int b) { Point p = new Point(a, b); return Math.abs(p.x()) + Math.abs(p.y()); }
					}
					""",
			"""
					import java.util.*;
					public class Solution {
					    record Point(double x, double y, String label) implements Comparable<Point> {
					        Point { if (label == null) label = ""; }
					        public int compareTo(Point o) { return Double.compare(x, o.x); }
					    }
					    static List<Point> sorted(double[] xs) {
					        List<Point> out = new ArrayList<>();
					        for (double x : xs) out.add(new Point(x, -x, null));
					        Collections.sort(out);
					        return out;
					    }
					}
					""",
			"""
					import java.util.*;
					import java.util.stream.*;
					public class Solution {
					    record Pair<A, B>(A first, B second) { }
					    static Map<Integer, List<String>> group(String[] words) {
					        return Arrays.stream(words).map(w -> new Pair<>(w.length(), w))
					            .collect(Collectors.groupingBy(Pair::first, TreeMap::new, Collectors.mapping(Pair::second, Collectors.toList())));
					    }
					}
					""",
			"""
					public class Solution {
					    static final class Pair { final int a; final int b; Pair(int a, int b) { this.a = a; this.b = b; } }
					    static int sum(int a, int b) { Pair p = new Pair(a, b); return p.a + p.b; }
					}
					""",
			"""
					import java.util.*;
					public class Solution {
					    static class Node { int value; Node left, right; Node(int v) { value = v; } }
					    static Node insert(Node root, int v) {
					        if (root == null) return new Node(v);
					        if (v < root.value) root.left = insert(root.left, v); else root.right = insert(root.right, v);
					        return root;
					    }
					    static int height(Node n) { return n == null ? 0 : 1 + Math.max(height(n.left), height(n.right)); }
					}
					""",
			"""
					import java.util.*;
					public class Solution {
					    record Node(String name, List<Node> children) {
					        int size() { return 1 + children.stream().mapToInt(Node::size).sum(); }
					    }
					    static int count() { return new Node("r", List.of(new Node("a", List.of()))).size(); }
					}
					""", """
					public class Solution {
					    static class Node<T extends Comparable<T>> {
					        T key; Node<T> next;
					        Node(T key, Node<T> next) { this.key = key; this.next = next; }
					    }
					    static <T extends Comparable<T>> T max(Node<T> head) {
					        T best = head.key;
					        for (Node<T> n = head; n != null; n = n.next) if (n.key.compareTo(best) > 0) best = n.key;
					        return best;
					    }
					}
					""", """
					import java.util.*;
					public class Solution {
					    enum Metric { EUCLIDEAN { double d(double a, double b) { return (a - b) * (a - b); } },
					                  MANHATTAN { double d(double a, double b) { return Math.abs(a - b); } };
					        abstract double d(double a, double b); }
					    static double distance(double[] a, double[] b, String metric) {
					        Metric m = Metric.valueOf(metric);
					        double s = 0;
					        for (int i = 0; i < a.length; i++) s += m.d(a[i], b[i]);
					        return m == Metric.EUCLIDEAN ? Math.sqrt(s) : s;
					    }
					}
					""", """
					public class Solution {
					    enum Point { ORIGIN, UNIT }
					    static int code(String s) {
					        switch (Point.valueOf(s)) { case ORIGIN: return 0; default: return 1; }
					    }
					}
					""", """
					import java.util.*;
					import java.util.function.*;
					public class Solution {
					    static double[] apply(double[] xs, DoubleUnaryOperator f) {
					        double[] out = new double[xs.length];
					        for (int i = 0; i < xs.length; i++) out[i] = f.applyAsDouble(xs[i]);
					        return out;
					    }
					    static double[] sigmoid(double[] xs) { return apply(xs, x -> 1 / (1 + Math.exp(-x))); }
					    static Function<Integer, Function<Integer, Integer>> adder() { return a -> b -> a + b; }
					}
					""", """
					import java.util.*;
					public class Solution {
					    interface Shape { double area(); }
					    static double total(double[] radii) {
					        double s = 0;
					        for (double r : radii) {
					            Shape c = new Shape() { public double area() { return Math.PI * r * r; } };
					            s += c.area();
					        }
					        return s;
					    }
					}
					""", """
					public class Solution {
					    static int local(int n) {
					        record Point(long x, long y) { long cross(Point o) { return x * o.y - y * o.x; } }
					        class Node { int depth = n; }
					        return (int) new Point(n, 1).cross(new Point(1, n)) + new Node().depth;
					    }
					}
					""", """
					public class Solution {
					    static int local(int n) {
					        record Point(String name) { }
					        return new Point("p" + n).name().length();
					    }
					}
					""",
			"""
					import java.util.*;
					import java.util.stream.*;
					public class Solution {
					    record Point(double[] coords) {
					        double dist(Point o) { double s = 0; for (int i = 0; i < coords.length; i++) { double d = coords[i] - o.coords[i]; s += d * d; } return s; }
					    }
					    static int[] assign(double[][] xs, double[][] centers) {
					        List<Point> cs = Arrays.stream(centers).map(Point::new).collect(Collectors.toList());
					        return Arrays.stream(xs).map(Point::new)
					            .mapToInt(p -> IntStream.range(0, cs.size()).boxed().min(Comparator.comparingDouble(i -> p.dist(cs.get(i)))).orElse(0))
					            .toArray();
					    }
					}
					""",
			"""
					import java.util.*;
					public class Solution {
					    record Point(int x, int y) { static Point of(int[] a) { return new Point(a[0], a[1]); } }
					    static int[] knn(int[][] pts, int[] q, int k) {
					        PriorityQueue<Point> heap = new PriorityQueue<>(Comparator.comparingInt((Point p) -> -(dx(p, q))));
					        for (int[] p : pts) { heap.add(Point.of(p)); if (heap.size() > k) heap.poll(); }
					        return heap.stream().mapToInt(Point::x).sorted().toArray();
					    }
					    static int dx(Point p, int[] q) { return (p.x() - q[0]) * (p.x() - q[0]) + (p.y() - q[1]) * (p.y() - q[1]); }
					}
					""",
			"""
					import java.util.*;
					public class Solution {
					    sealed interface Expr permits Num, Add { }
					    record Num(double v) implements Expr { }
					    record Add(Expr l, Expr r) implements Expr { }
					    static double eval(Expr e) {
					        if (e instanceof Num n) return n.v();
					        if (e instanceof Add a) return eval(a.l()) + eval(a.r());
					        throw new IllegalStateException();
					    }
					}
					""", """
					public class Solution {
					    static String kind(Object o) {
					        return switch (o.getClass().getSimpleName()) {
					            case "Integer", "Long" -> "integral";
					            case "Double" -> { String s = "real"; yield s; }
					            default -> "other";
					        };
					    }
					    static String text() { return \"""
					        hello
					        world\""".strip(); }
					}
					""", """
					import java.util.*;
					public class Solution {
					    static class Pair<K extends Comparable<K>, V> implements Comparable<Pair<K, V>> {
					        final K key; final V value;
					        Pair(K key, V value) { this.key = key; this.value = value; }
					        public int compareTo(Pair<K, V> o) { return key.compareTo(o.key); }
					    }
					    static <V> List<V> byKey(Map<String, V> m) {
					        List<Pair<String, V>> ps = new ArrayList<>();
					        m.forEach((k, v) -> ps.add(new Pair<>(k, v)));
					        Collections.sort(ps);
					        List<V> out = new ArrayList<>();
					        for (var p : ps) out.add(p.value);
					        return out;
					    }
					}
					""",
			"""
					import java.util.*;
					import java.util.stream.*;
					public class Solution {
					    static double[] weights(double[][] x, double[] y, double lr, int epochs) {
					        var w = new double[x[0].length];
					        for (int e = 0; e < epochs; e++) {
					            final double[] cur = w;
					            double[] grad = IntStream.range(0, w.length).mapToDouble(j ->
					                IntStream.range(0, x.length).mapToDouble(i -> (dot(cur, x[i]) - y[i]) * x[i][j]).sum() / x.length).toArray();
					            for (int j = 0; j < w.length; j++) w[j] -= lr * grad[j];
					        }
					        return w;
					    }
					    static double dot(double[] a, double[] b) { double s = 0; for (int i = 0; i < a.length; i++) s += a[i] * b[i]; return s; }
					}
					""",
			"""
					import java.util.*;
					public class Solution {
					    static class Solver {
					        class Node { final int id; Node(int id) { this.id = id; } int owner() { return base + id; } }
					        int base = 10;
					        int run() { return new Node(5).owner(); }
					    }
					    static int answer() { return new Solver().run(); }
					}
					""",
			"""
					public class Solution {
					    interface Visitor<R> { R num(int n); R neg(Node e); }
					    interface Node { <R> R accept(Visitor<R> v); }
					    static int eval(Node n) {
					        return n.accept(new Visitor<Integer>() {
					            public Integer num(int k) { return k; }
					            public Integer neg(Node e) { return -eval(e); }
					        });
					    }
					}
					""",
			"""
					import java.util.*;
					import java.util.stream.*;
					public class Solution {
					    enum Label { SPAM, HAM; Label flip() { return this == SPAM ? HAM : SPAM; } }
					    record Point(double[] features, Label label) { }
					    static Map<Label, Long> counts(List<Point> ps) {
					        return ps.stream().collect(Collectors.groupingBy(Point::label, () -> new EnumMap<>(Label.class), Collectors.counting()));
					    }
					}
					""",
			"""
					import java.util.*;
					public class Solution {
					    record Point(int x, int y) {
					        Point { if (x < 0) throw new IllegalArgumentException("x"); }
					        Point(int v) { this(v, v); }
					        @Override public String toString() { return x + "," + y; }
					    }
					    static String show(int v) { return new Point(v).toString() + new Point(v, 2 * v).equals(new Point(v, 2 * v)); }
					}
					""",
			"""
					import java.util.*;
					public class Solution {
					    static <T> List<List<T>> chunks(List<T> xs, int size) {
					        List<List<T>> out = new ArrayList<>();
					        for (int i = 0; i < xs.size(); i += size) out.add(xs.subList(i, Math.min(xs.size(), i + size)));
					        return out;
					    }
					    static <K, V extends Comparable<? super V>> K argmax(Map<K, V> m) {
					        return m.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
					    }
					}
					""",
			"""
					public class Solution {
					    record Point(int x, int y) { }
					    static int broken() { Point p = new Point(1, 2); return p.z(); }
					}
					""", """
					import java.util.*;
					public class Solution {
					    static int broken(List<String> xs) { int n = xs; return n; }
					    record Pair(int a) { }
					}
					""", """
					public class Solution {
					    static int missing() { return Helper.VALUE + new Node().depth; }
					}
					""", """
					public class Solution {
					    static int f() { return Solution.Node.DEPTH + Solution.Point.class.getSimpleName().length(); }
					}
					""", """
					import java.util.*;
					public class Solution {
					    static class Node { static final int DEPTH = 3; int depth = 1; }
					    static int f() { return Node.DEPTH; }
					}
					class Helper { static final int VALUE = 7; }
					""", """
					import java.util.*;
					public class Solution {
					    static class Point { final double x; Point(double x) { this.x = x; } }
					    static class Node extends Point { Node(double x) { super(x); } }
					    static double f() { Point p = new Node(2); return p.x; }
					}
					""", """
					import java.util.function.*;
					public class Solution {
					    static Supplier<Integer> counter() {
					        int[] c = {0};
					        return () -> ++c[0];
					    }
					    static int twice() { Supplier<Integer> s = counter(); s.get(); return s.get(); }
					    static Runnable nested() { return () -> { Runnable r = () -> { }; r.run(); }; }
					}
					""", """
					package com.example;
					public class Solution { record Point(int x) { } }
					""", """
					import com.example.*;
					public class Solution { static int f() { return 1; } }
					""");

}
