package com.mljudge.python;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * Arrays across the Python boundary in a few calls instead of one per element (a crossing
 * costs about 15 microseconds of interpreted GraalPy, counted as the solution's time when
 * it is the result). Arguments go in as text in chunks the context asks for one at a
 * time, so no side ever holds a large argument as text: a 50,000 x 64 matrix as one text
 * split at once held about 500 MB during its conversion, and another run was blamed for
 * it (PYTHON.md, memory). Results come back as one text from the prelude's encoder, which
 * only takes values that convert exactly as {@link PythonValues#result} would; anything
 * else (a wrong type, an int out of range, a class of the solution's own) is left to that
 * element-by-element path, which names where the result went wrong.
 */
final class BulkValues {

	/** Values (numbers or strings) in one chunk of an argument. */
	static final int CHUNK_VALUES = 4096;

	/**
	 * Characters of strings in one chunk of an argument (a chunk has one string at
	 * least).
	 */
	static final int CHUNK_CHARS = 1 << 16;

	/**
	 * What {@code _judge_encode} gives for a value it leaves to the element-by-element
	 * path.
	 */
	static final Object MISFIT = new Object();

	private BulkValues() {
	}

	/**
	 * An argument for the prelude's {@code _judge_bulk(chunks, code, depth)}: code
	 * {@code f} (float), {@code i} (int) or {@code s} (str).
	 */
	record Bulk(ProxyArray chunks, String code, int depth) {
	}

	/** The argument in chunks, or null when it goes through the array proxy. */
	static Bulk argument(Object value) {
		if (value == null) {
			return null;
		}
		Class<?> type = value.getClass();
		if (type == double[].class || type == int[].class || type == long[].class) {
			return new Bulk(new NumberChunks(new Object[] { value }, false), (type == double[].class) ? "f" : "i", 1);
		}
		if (type == double[][].class || type == int[][].class || type == long[][].class) {
			return new Bulk(new NumberChunks((Object[]) value, true), (type == double[][].class) ? "f" : "i", 2);
		}
		if (type == String[].class && noSurrogates((String[]) value)) {
			return new Bulk(new StringChunks((String[]) value), "s", 1);
		}
		return null;
	}

	/**
	 * Strings with surrogates go element by element: a lone surrogate would count as one
	 * character on one side and pair up with its neighbour on the other.
	 */
	private static boolean noSurrogates(String[] strings) {
		for (String s : strings) {
			if (s != null) {
				for (int i = 0; i < s.length(); i++) {
					if (Character.isSurrogate(s.charAt(i))) {
						return false;
					}
				}
			}
		}
		return true;
	}

	/**
	 * The encoder's code for a return type, or null when results of that type are
	 * converted element by element.
	 */
	static String code(Class<?> type) {
		Class<?> element = type;
		int depth = 0;
		while (element.isArray()) {
			element = element.getComponentType();
			depth++;
		}
		if (depth == 1 && element == String.class) {
			return "s";
		}
		if (depth < 1 || depth > 2) {
			return null;
		}
		if (element == double.class) {
			return "f";
		}
		if (element == int.class) {
			return "i";
		}
		if (element == long.class) {
			return "l";
		}
		return (element == boolean.class) ? "b" : null;
	}

	/**
	 * The Java value of the encoder's text for a result of {@code type}, or
	 * {@link #MISFIT}.
	 */
	static Object decode(String text, Class<?> type) {
		try {
			if (type == String[].class) {
				return strings(text);
			}
			if (!type.getComponentType().isArray()) {
				return row(text, 0, text.length(), type.getComponentType());
			}
			int header = text.indexOf('\n');
			int rows = Integer.parseInt((header < 0) ? text : text.substring(0, header));
			Class<?> component = type.getComponentType();
			Object[] result = (Object[]) Array.newInstance(component, rows);
			int start = header + 1;
			for (int r = 0; r < rows; r++) {
				int end = text.indexOf('\n', start);
				end = (end < 0) ? text.length() : end;
				boolean none = end - start == 1 && text.charAt(start) == '-';
				result[r] = none ? null : row(text, start, end, component.getComponentType());
				start = end + 1;
			}
			return result;
		}
		catch (RuntimeException ex) {
			// The encoder's text is the prelude's own; should it ever not parse, the
			// element-by-element path decides.
			return MISFIT;
		}
	}

	private static Object row(String text, int from, int to, Class<?> element) {
		if (element == boolean.class) {
			boolean[] row = new boolean[to - from];
			for (int i = 0; i < row.length; i++) {
				row[i] = text.charAt(from + i) == '1';
			}
			return row;
		}
		List<String> tokens = tokens(text, from, to);
		int n = tokens.size();
		if (element == double.class) {
			double[] row = new double[n];
			for (int i = 0; i < n; i++) {
				row[i] = parseDouble(tokens.get(i));
			}
			return row;
		}
		if (element == int.class) {
			int[] row = new int[n];
			for (int i = 0; i < n; i++) {
				row[i] = Integer.parseInt(tokens.get(i));
			}
			return row;
		}
		long[] row = new long[n];
		for (int i = 0; i < n; i++) {
			row[i] = Long.parseLong(tokens.get(i));
		}
		return row;
	}

	/** Python's repr of a float, read back exactly (it is the shortest round trip). */
	private static double parseDouble(String token) {
		return switch (token) {
			case "inf" -> Double.POSITIVE_INFINITY;
			case "-inf" -> Double.NEGATIVE_INFINITY;
			case "nan" -> Double.NaN;
			default -> Double.parseDouble(token);
		};
	}

	/** Lengths in code points (-1 for None), a newline, then the strings end to end. */
	private static Object strings(String text) {
		int header = text.indexOf('\n');
		List<String> lengths = tokens(text, 0, header);
		String[] result = new String[lengths.size()];
		int at = header + 1;
		for (int i = 0; i < result.length; i++) {
			int n = Integer.parseInt(lengths.get(i));
			if (n >= 0) {
				int end = text.offsetByCodePoints(at, n);
				result[i] = text.substring(at, end);
				at = end;
			}
		}
		return (at == text.length()) ? result : MISFIT;
	}

	private static List<String> tokens(String text, int from, int to) {
		List<String> tokens = new ArrayList<>();
		int start = from;
		while (start < to) {
			int end = text.indexOf(' ', start);
			end = (end < 0 || end > to) ? to : end;
			if (end > start) {
				tokens.add(text.substring(start, end));
			}
			start = end + 1;
		}
		return tokens;
	}

	/**
	 * An argument read chunk by chunk: {@code starts} holds where each chunk begins, and
	 * the context only reads.
	 */
	private abstract static class Chunks implements ProxyArray {

		protected final int[] starts;

		Chunks(int[] starts) {
			this.starts = starts;
		}

		@Override
		public void set(long index, Value value) {
			throw new UnsupportedOperationException("arguments are read-only");
		}

		@Override
		public long getSize() {
			return this.starts.length;
		}

	}

	/**
	 * Numeric rows in chunks of about {@link #CHUNK_VALUES} values: for 2-D arguments one
	 * line per row ({@code -} for a null row) and whole rows per chunk; a 1-D argument is
	 * one row cut into chunks.
	 */
	private static final class NumberChunks extends Chunks {

		private final Object[] rows;

		private final boolean twoD;

		NumberChunks(Object[] rows, boolean twoD) {
			super(twoD ? rowStarts(rows) : valueStarts(Array.getLength(rows[0])));
			this.rows = rows;
			this.twoD = twoD;
		}

		/** 1-D: chunk i starts at value i x CHUNK_VALUES. */
		private static int[] valueStarts(int n) {
			int[] starts = new int[(n + CHUNK_VALUES - 1) / CHUNK_VALUES];
			for (int i = 0; i < starts.length; i++) {
				starts[i] = i * CHUNK_VALUES;
			}
			return starts;
		}

		/** 2-D: the first row of each chunk, whole rows of about CHUNK_VALUES values. */
		private static int[] rowStarts(Object[] rows) {
			List<Integer> starts = new ArrayList<>();
			long inChunk = CHUNK_VALUES;
			for (int r = 0; r < rows.length; r++) {
				if (inChunk >= CHUNK_VALUES) {
					starts.add(r);
					inChunk = 0;
				}
				inChunk += (rows[r] != null) ? Math.max(1, Array.getLength(rows[r])) : 1;
			}
			return starts.stream().mapToInt(Integer::intValue).toArray();
		}

		@Override
		public Object get(long index) {
			int chunk = (int) index;
			StringBuilder text = new StringBuilder();
			if (!this.twoD) {
				Object row = this.rows[0];
				int end = Math.min(Array.getLength(row), this.starts[chunk] + CHUNK_VALUES);
				append(text, row, this.starts[chunk], end);
				return text.toString();
			}
			int end = (chunk + 1 < this.starts.length) ? this.starts[chunk + 1] : this.rows.length;
			for (int r = this.starts[chunk]; r < end; r++) {
				if (r > this.starts[chunk]) {
					text.append('\n');
				}
				Object row = this.rows[r];
				if (row == null) {
					text.append('-');
				}
				else {
					append(text, row, 0, Array.getLength(row));
				}
			}
			return text.toString();
		}

		private static void append(StringBuilder text, Object row, int from, int to) {
			if (row instanceof double[] doubles) {
				for (int i = from; i < to; i++) {
					text.append(doubles[i]).append(' ');
				}
			}
			else if (row instanceof int[] ints) {
				for (int i = from; i < to; i++) {
					text.append(ints[i]).append(' ');
				}
			}
			else {
				long[] longs = (long[]) row;
				for (int i = from; i < to; i++) {
					text.append(longs[i]).append(' ');
				}
			}
		}

	}

	/**
	 * Strings in chunks: the lengths of the chunk's strings (-1 for null), a newline,
	 * then the strings end to end.
	 */
	private static final class StringChunks extends Chunks {

		private final String[] strings;

		StringChunks(String[] strings) {
			super(starts(strings));
			this.strings = strings;
		}

		/**
		 * The first string of each chunk: up to CHUNK_VALUES strings or CHUNK_CHARS
		 * chars.
		 */
		private static int[] starts(String[] strings) {
			List<Integer> starts = new ArrayList<>();
			int count = CHUNK_VALUES;
			long chars = 0;
			for (int i = 0; i < strings.length; i++) {
				if (count >= CHUNK_VALUES || chars >= CHUNK_CHARS) {
					starts.add(i);
					count = 0;
					chars = 0;
				}
				count++;
				chars += (strings[i] != null) ? strings[i].length() : 0;
			}
			return starts.stream().mapToInt(Integer::intValue).toArray();
		}

		@Override
		public Object get(long index) {
			int chunk = (int) index;
			int end = (chunk + 1 < this.starts.length) ? this.starts[chunk + 1] : this.strings.length;
			StringBuilder lengths = new StringBuilder();
			StringBuilder body = new StringBuilder();
			for (int i = this.starts[chunk]; i < end; i++) {
				String s = this.strings[i];
				lengths.append((s != null) ? s.length() : -1).append(' ');
				if (s != null) {
					body.append(s);
				}
			}
			return lengths.append('\n').append(body).toString();
		}

	}

}
