package com.mljudge.problems.internal;

import com.mljudge.problems.ProblemPublished;
import com.mljudge.web.PageCaches;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A published version shows at once on this instance: the cached copies of the catalog
 * and problem pages are dropped when the publish commits, after the catalog's read of
 * published versions is (that listener runs first), so the next render already has the
 * new version.
 */
@Component
class PublishedPages {

	private final PageCaches caches;

	PublishedPages(PageCaches caches) {
		this.caches = caches;
	}

	// Not an @ApplicationModuleListener: the next render must miss the cache (so
	// synchronous), also for another instance's publish, which has no transaction.
	@TransactionalEventListener(fallbackExecution = true)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void published(ProblemPublished published) {
		this.caches.forgetProblemPages();
	}

}
