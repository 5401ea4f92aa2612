package com.mljudge.leaderboards.internal;

import java.util.List;

/**
 * One page of the global board in a period and topic, and the viewer's own standing wherever it falls
 * ({@code me} is null for anonymous viewers and for users without points in the scope).
 */
record BoardPage(BoardPeriod period, String topic, List<Standing> standings, long total, int page, int pageSize,
		Standing me) {

	public long pageCount() {
		return (this.total + this.pageSize - 1) / this.pageSize;
	}

	public List<Long> nearbyPages() {
		return Pages.around(this.page, pageCount());
	}

	public boolean meOnThisPage() {
		return this.me != null && this.standings.stream().anyMatch((s) -> s.name().equalsIgnoreCase(this.me.name()));
	}

}
