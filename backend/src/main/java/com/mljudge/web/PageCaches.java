package com.mljudge.web;

import java.time.Clock;

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

	PageCaches(PageCacheProperties properties) {
		this.anonymous = new AnonymousPageCache(properties.ttl(), properties.boardTtl(), 512, Clock.systemUTC());
		this.signedIn = new SignedInPageCache(properties.signedInTtl(), 512, Clock.systemUTC());
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
