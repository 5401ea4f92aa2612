package com.mljudge.leaderboards.internal;

import java.util.List;
import java.util.stream.LongStream;

/**
 * Page links around the current page: a board of ten thousand users has two hundred
 * pages.
 */
final class Pages {

	private static final int AROUND = 3;

	private Pages() {
	}

	static List<Long> around(long page, long pageCount) {
		return LongStream.rangeClosed(Math.max(0, page - AROUND), Math.min(pageCount - 1, page + AROUND))
			.boxed()
			.toList();
	}

}
