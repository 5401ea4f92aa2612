package com.mljudge.web;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The site's two page caches ({@link AnonymousPageCache}, {@link SignedInPageCache}), for
 * whoever must make a change show at once: a newly published problem version, say (its
 * event reaches every instance: {@code problems.internal.PublishedEverywhere}).
 */
@Component
public class PageCaches {

	private final AnonymousPageCache anonymous;

	private final SignedInPageCache signedIn;

	PageCaches(@Value("${judge.page-cache.ttl:5s}") Duration ttl,
			@Value("${judge.page-cache.board-ttl:500ms}") Duration boardTtl,
			@Value("${judge.page-cache.signed-in-ttl:5s}") Duration signedInTtl) {
		this.anonymous = new AnonymousPageCache(ttl, boardTtl, 512, Clock.systemUTC());
		this.signedIn = new SignedInPageCache(signedInTtl, 512, Clock.systemUTC());
	}

	/** Drops every cached copy of the catalog and the problem pages. */
	public void forgetProblemPages() {
		this.anonymous.forget("/problems");
		this.signedIn.forget("/problems");
	}

	AnonymousPageCache anonymous() {
		return this.anonymous;
	}

	SignedInPageCache signedIn() {
		return this.signedIn;
	}

}
