package com.mljudge.authoring.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.mljudge.problembank.ProblemArchive;
import com.mljudge.problembank.ProblemFiles;
import com.mljudge.problems.ProblemCatalog;
import com.mljudge.problems.ProblemVersion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Zip archives in the bank's folder layout. Export writes what the catalog serves (or one
 * draft); import reads the whole archive and every problem in it before storing anything,
 * then stores each as a draft in one transaction: a refused archive leaves no trace but
 * its audit entry.
 */
@Service
class Archives {

	/** Uploads larger than this are refused before they are read. */
	static final int MAX_ARCHIVE_BYTES = 16 * 1024 * 1024;

	private final AuthoringStore store;

	private final AuditLog audit;

	private final ProblemCatalog catalog;

	private final Authoring authoring;

	private final PublishedCatalog published;

	Archives(AuthoringStore store, AuditLog audit, ProblemCatalog catalog, Authoring authoring,
			PublishedCatalog published) {
		this.store = store;
		this.audit = audit;
		this.catalog = catalog;
		this.authoring = authoring;
		this.published = published;
	}

	/**
	 * What an import did: the problems stored as drafts (new ones and updated ones), or
	 * why it refused.
	 */
	record Imported(List<String> created, List<String> updated, List<String> errors) {

		public boolean refused() {
			return !this.errors.isEmpty();
		}

	}

	/** Every problem the catalog serves, each at its live version. */
	@Transactional(readOnly = true)
	Map<String, Map<String, String>> liveBank() {
		Map<String, Map<String, String>> folders = new TreeMap<>();
		for (ProblemVersion live : this.catalog.all()) {
			folders.put(live.problem().slug(), this.authoring.liveFiles(live));
		}
		return folders;
	}

	/**
	 * One problem's draft when the caller may edit it, else (admins) the catalog's live
	 * files.
	 */
	@Transactional(readOnly = true)
	Map<String, Map<String, String>> one(Author me, String slug) {
		if (this.store.authored(slug).isPresent()) {
			return Map.of(slug, this.authoring.open(me, slug).draft().files());
		}
		if (!me.admin()) {
			throw AuthoringException.notFound(slug);
		}
		ProblemVersion live = this.catalog.findVersion(slug).orElseThrow(() -> AuthoringException.notFound(slug));
		return Map.of(slug, this.authoring.liveFiles(live));
	}

	@Transactional
	Imported importArchive(Author me, byte[] archive) {
		if (!me.admin()) {
			throw AuthoringException.adminOnly("import problems");
		}
		if (archive == null || archive.length == 0) {
			return refuse(me, List.of("Choose a zip archive to import."));
		}
		if (archive.length > MAX_ARCHIVE_BYTES) {
			return refuse(me, List.of("The archive is larger than " + MAX_ARCHIVE_BYTES / (1024 * 1024) + " MiB."));
		}
		ProblemArchive.Contents contents = ProblemArchive.read(archive, ProblemArchive.Limits.DEFAULTS);
		if (contents.refused()) {
			return refuse(me, contents.errors());
		}
		Set<String> known = new HashSet<>(this.published.knownSlugs());
		known.addAll(contents.folders().keySet());
		List<String> errors = new ArrayList<>();
		contents.folders().forEach((slug, files) -> errors.addAll(ProblemFiles.read(slug, files, known).errors()));
		if (!errors.isEmpty()) {
			return refuse(me, errors);
		}
		List<String> created = new ArrayList<>();
		List<String> updated = new ArrayList<>();
		contents.folders().forEach((slug, files) -> {
			String kind = ProblemFiles.read(slug, files, known).problem().kind().yamlName();
			if (this.store.create(slug, me.username(), kind, files)) {
				created.add(slug);
			}
			else {
				this.store.saveDraft(slug, kind, files, me.username());
				updated.add(slug);
			}
			this.audit.record(me.username(), "import", slug, files.size() + " files");
		});
		return new Imported(created, updated, List.of());
	}

	/**
	 * Refusals are audited in their own transaction, so they stay in the log although
	 * nothing is stored.
	 */
	private Imported refuse(Author me, List<String> errors) {
		this.audit.recordRefusal(me.username(), "import refused", "archive",
				errors.size() + " problem(s): " + String.join("; ", errors.subList(0, Math.min(5, errors.size()))));
		return new Imported(List.of(), List.of(), errors);
	}

	static void checkSize(long size) {
		if (size > MAX_ARCHIVE_BYTES) {
			throw AuthoringException
				.tooLarge("The archive is larger than " + MAX_ARCHIVE_BYTES / (1024 * 1024) + " MiB.");
		}
	}

}
