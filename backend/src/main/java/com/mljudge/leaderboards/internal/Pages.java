package com.mljudge.leaderboards.internal;

import java.util.List;
import java.util.stream.LongStream;

import com.mljudge.refusals.Refusal;

/**
 * Page links around the current page: a board of ten thousand users has two hundred
 * pages.
 */
final class Pages {

	private static final int AROUND = 3;

	private Pages() {
	}

	/** A page number the caller typed: pages count from 0. */
	static void requireNumber(int page) {
		if (page < 0) {
			throw Refusal.invalid("Invalid page", "Pages are numbered from 0.");
		}
	}

	static List<Long> around(long page, long pageCount) {
		return LongStream.rangeClosed(Math.max(0, page - AROUND), Math.min(pageCount - 1, page + AROUND))
			.boxed()
			.toList();
	}

}
