package com.mljudge.leaderboards.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One page of the global board in a period and topic, and the viewer's own standing
 * wherever it falls ({@code me} is null for anonymous viewers and for users without
 * points in the scope).
 */
record BoardPage(BoardPeriod period, String topic, List<Standing> standings, long total, int page, int pageSize,
		Standing me) {

	public long pageCount() {
		return (this.total + this.pageSize - 1) / this.pageSize;
	}

	public List<Long> nearbyPages() {
		return Pages.around(this.page, pageCount());
	}

	/**
	 * The board's links, built once here from its own query parameters rather than by a
	 * link expression per pagination link (a page of a 200-page board has a dozen of
	 * them).
	 */
	public String pageLink(long page) {
		return link(this.period, page);
	}

	public String periodLink(BoardPeriod period) {
		return link(period, 0);
	}

	/** The page the viewer's own row is on. */
	public String myPageLink() {
		return (this.me != null) ? pageLink((this.me.rank() - 1) / this.pageSize) : pageLink(0);
	}

	private String link(BoardPeriod period, long page) {
		StringBuilder link = new StringBuilder("/leaderboards?period=").append(period.param());
		if (this.topic != null) {
			link.append("&topic=").append(URLEncoder.encode(this.topic, StandardCharsets.UTF_8));
		}
		return (page > 0) ? link.append("&page=").append(page).toString() : link.toString();
	}

	public boolean meOnThisPage() {
		return this.me != null && this.standings.stream().anyMatch((s) -> s.name().equalsIgnoreCase(this.me.name()));
	}

}
