package com.mljudge.submissions.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two sources (longest common subsequence), for "what changed since my
 * last submission". Sources are at most 64 KiB, but lines are capped so a pathological
 * pair cannot cost a quadratic table.
 */
final class LineDiff {

	static final int MAX_LINES = 2_000;

	enum Kind {

		SAME, ADDED, REMOVED

	}

	record Line(Kind kind, String text) {

		public String marker() {
			return switch (this.kind) {
				case ADDED -> "+";
				case REMOVED -> "-";
				case SAME -> " ";
			};
		}

	}

	private LineDiff() {
	}

	/**
	 * The lines of {@code after} against {@code before}; empty when either is too long to
	 * compare.
	 */
	static List<Line> between(String before, String after) {
		String[] a = before.split("\n", -1);
		String[] b = after.split("\n", -1);
		if (a.length > MAX_LINES || b.length > MAX_LINES) {
			return List.of();
		}
		int[][] common = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<Line> lines = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.length || j < b.length) {
			if (i < a.length && j < b.length && a[i].equals(b[j])) {
				lines.add(new Line(Kind.SAME, a[i++]));
				j++;
			}
			else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
				// Removals before additions, as diff readers expect.
				lines.add(new Line(Kind.REMOVED, a[i++]));
			}
			else {
				lines.add(new Line(Kind.ADDED, b[j++]));
			}
		}
		return lines;
	}

}
