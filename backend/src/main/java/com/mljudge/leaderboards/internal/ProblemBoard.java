package com.mljudge.leaderboards.internal;

import java.time.Instant;
import java.util.List;

import com.mljudge.judge.Language;

/**
 * One page of a problem's board. Metric-scored problems rank by best score, then run
 * time, then who got there first; the others by first accepted solve, then run time.
 * {@code language} is the filter ({@code java}, {@code python}), null for all.
 */
record ProblemBoard(String slug, String title, String difficulty, boolean metric, List<Row> rows, long total, int page,
		int pageSize, String language) {

	/**
	 * A user's best (metric) or first accepted (other problems) submission on the
	 * problem.
	 */
	record Row(long rank, String username, int score, long timeMillis, Instant at, long submission, String language) {

		/** Java or Python, as the board shows it. */
		public String languageLabel() {
			return Language.of(this.language).map(Language::label).orElse(this.language);
		}

		public String rankClass() {
			return new Standing(this.rank, this.username, 0, 0, this.at).rankClass();
		}

		public String atText() {
			return Standing.MINUTE.format(this.at);
		}

	}

	/** The languages the board can be filtered by. */
	public List<Language> languages() {
		return List.of(Language.values());
	}

	public long pageCount() {
		return (this.total + this.pageSize - 1) / this.pageSize;
	}

	public List<Long> nearbyPages() {
		return Pages.around(this.page, pageCount());
	}

}
