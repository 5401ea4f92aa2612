package com.mljudge.leaderboards.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.stream.Collectors;

import com.mljudge.refusals.Refusal;

/**
 * The periods a board can cover. Weeks are ISO weeks and months calendar months, both in
 * UTC; the key of the period an instant falls in is how totals are stored (the same
 * spelling as PostgreSQL's {@code to_char(.., '"w"IYYY-IW')} and {@code '"m"YYYY-MM'},
 * which the bulk rebuild uses).
 */
enum BoardPeriod {

	ALL("all", "All time", "yet"), MONTH("month", "This month", "this month yet"),
	WEEK("week", "This week", "this week yet");

	private final String param;

	private final String label;

	private final String emptySuffix;

	BoardPeriod(String param, String label, String emptySuffix) {
		this.param = param;
		this.label = label;
		this.emptySuffix = emptySuffix;
	}

	public String param() {
		return this.param;
	}

	public String label() {
		return this.label;
	}

	/** "No solves this week yet" and its siblings, for the empty board. */
	public String emptyMessage() {
		return "No solves " + this.emptySuffix;
	}

	String key(Instant at) {
		if (this == ALL) {
			return "all";
		}
		LocalDate day = at.atZone(ZoneOffset.UTC).toLocalDate();
		if (this == WEEK) {
			return String.format("w%04d-%02d", day.get(IsoFields.WEEK_BASED_YEAR),
					day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
		}
		return String.format("m%04d-%02d", day.getYear(), day.getMonthValue());
	}

	/**
	 * The period a request names; blank means all time, anything else unknown is the
	 * caller's mistake.
	 */
	static BoardPeriod fromParam(String param) {
		if (param == null || param.isBlank()) {
			return ALL;
		}
		for (BoardPeriod period : values()) {
			if (period.param.equalsIgnoreCase(param.strip())) {
				return period;
			}
		}
		throw Refusal.invalid("Unknown period", "Unknown period '" + param + "'; use one of "
				+ Arrays.stream(values()).map(BoardPeriod::param).collect(Collectors.joining(", ")) + ".");
	}

}
