package com.mljudge.authoring.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.mljudge.problembank.ProblemBank;
import com.mljudge.problembank.ProblemFiles;
import com.mljudge.problems.ProblemPublished;
import com.mljudge.problems.ProblemVersion;
import com.mljudge.problems.PublishedProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The catalog's view of published versions. The latest version of every published problem
 * is read in one query and trusted for {@code judge.published.refresh} (1 s): every
 * problem page, submission and verdict asks, and a query each time was a database round
 * trip on each of them. A publish drops the read as soon as it commits, on every instance
 * (its event reaches them all: {@code problems.internal.PublishedEverywhere}), so the new
 * version is served at once; a missed signal within the refresh time. The parsed problem,
 * whose generated tests are costly to make, is kept per slug until a newer version
 * appears.
 */
@Component
class PublishedCatalog implements PublishedProblems {

	private static final Logger log = LoggerFactory.getLogger(PublishedCatalog.class);

	private final AuthoringStore store;

	private final ProblemBank bank;

	private final Map<String, ProblemVersion> parsed = new ConcurrentHashMap<>();

	private final long refreshNanos;

	/** The latest version per slug, and when it was read. */
	private record Versions(Map<String, Integer> latest, long readAtNanos) {
	}

	private volatile Versions versions;

	PublishedCatalog(AuthoringStore store, ProblemBank bank, PublishedProperties properties) {
		this.store = store;
		this.bank = bank;
		this.refreshNanos = properties.refresh().toNanos();
	}

	private Map<String, Integer> latestVersions() {
		Versions read = this.versions;
		long now = System.nanoTime();
		if (read == null || now - read.readAtNanos() >= this.refreshNanos) {
			// The store answers by slug in order, which all() keeps.
			read = new Versions(Collections.unmodifiableMap(this.store.latestVersions()), now);
			this.versions = read;
		}
		return read.latest();
	}

	/**
	 * Before the page caches forget their copies
	 * ({@code problems.internal.PublishedPages}).
	 * <p>
	 * Not an {@code @ApplicationModuleListener}: the request after a publish must already
	 * read the new version (so synchronous), and a publish re-published from another
	 * instance has no transaction ({@code fallbackExecution}).
	 */
	@TransactionalEventListener(fallbackExecution = true)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void published(ProblemPublished published) {
		this.versions = null;
	}

	@Override
	public Optional<ProblemVersion> latest(String slug) {
		if (slug == null) {
			return Optional.empty();
		}
		Integer version = latestVersions().get(slug);
		return (version == null) ? Optional.empty() : load(slug, version);
	}

	@Override
	public List<ProblemVersion> all() {
		List<ProblemVersion> all = new ArrayList<>();
		latestVersions().forEach((slug, version) -> load(slug, version).ifPresent(all::add));
		return all;
	}

	private Optional<ProblemVersion> load(String slug, int version) {
		ProblemVersion cached = this.parsed.get(slug);
		if (cached != null && cached.version() == version) {
			return Optional.of(cached);
		}
		Optional<Map<String, String>> files = this.store.versionFiles(slug, version);
		if (files.isEmpty()) {
			return Optional.empty();
		}
		ProblemFiles.Reading reading = ProblemFiles.read(slug, files.get(), knownSlugs());
		if (!reading.valid()) {
			// Published versions passed validation; this only happens when a problem it
			// relates to vanished.
			log.warn("Published {} v{} no longer reads: {}", slug, version, reading.errors());
			return Optional.empty();
		}
		ProblemVersion loaded = new ProblemVersion(reading.problem(), version);
		this.parsed.merge(slug, loaded, (old, now) -> (old.version() >= now.version()) ? old : now);
		return Optional.of(loaded);
	}

	Set<String> knownSlugs() {
		Set<String> slugs = new HashSet<>();
		this.bank.problems().forEach((p) -> slugs.add(p.slug()));
		slugs.addAll(this.store.authoredSlugs());
		return slugs;
	}

}
