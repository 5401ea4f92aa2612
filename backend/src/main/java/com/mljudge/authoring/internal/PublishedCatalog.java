package com.mljudge.authoring.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.mljudge.problembank.ProblemBank;
import com.mljudge.problembank.ProblemFiles;
import com.mljudge.problems.ProblemVersion;
import com.mljudge.problems.PublishedProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The catalog's view of published versions. The latest version number is read from the database on every
 * look-up (so every instance serves a new version at once); the parsed problem, whose generated tests are
 * costly to make, is kept per slug until a newer version appears.
 */
@Component
class PublishedCatalog implements PublishedProblems {

	private static final Logger log = LoggerFactory.getLogger(PublishedCatalog.class);

	private final AuthoringStore store;

	private final ProblemBank bank;

	private final Map<String, ProblemVersion> parsed = new ConcurrentHashMap<>();

	PublishedCatalog(AuthoringStore store, ProblemBank bank) {
		this.store = store;
		this.bank = bank;
	}

	@Override
	public Optional<ProblemVersion> latest(String slug) {
		if (slug == null) {
			return Optional.empty();
		}
		int version = this.store.latestVersion(slug);
		return (version == 0) ? Optional.empty() : load(slug, version);
	}

	@Override
	public List<ProblemVersion> all() {
		List<ProblemVersion> all = new ArrayList<>();
		this.store.latestVersions().forEach((slug, version) -> load(slug, version).ifPresent(all::add));
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
			// Published versions passed validation; this only happens when a problem it relates to vanished.
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
