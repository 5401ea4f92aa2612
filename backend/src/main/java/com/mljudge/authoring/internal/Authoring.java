package com.mljudge.authoring.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mljudge.problembank.ProblemBank;
import com.mljudge.problembank.ProblemFiles;
import com.mljudge.problems.ProblemCatalog;
import com.mljudge.problems.ProblemPublished;
import com.mljudge.problems.ProblemValidation;
import com.mljudge.problems.ProblemVersion;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafts and versions with their rules: authors create and edit their own problems,
 * admins edit all of them, start drafts from the catalog, and publish; publishing needs a
 * passing validation of the exact files being published. Every change goes to the audit
 * log in its own transaction.
 */
@Service
class Authoring {

	private static final TypeReference<List<ProblemValidation.Check>> CHECKS = new TypeReference<>() {
	};

	private final AuthoringStore store;

	private final AuditLog audit;

	private final ProblemCatalog catalog;

	private final ProblemBank bank;

	private final ProblemValidation validation;

	private final PublishedCatalog published;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	Authoring(AuthoringStore store, AuditLog audit, ProblemCatalog catalog, ProblemBank bank,
			ProblemValidation validation, PublishedCatalog published, JsonMapper json,
			ApplicationEventPublisher events) {
		this.events = events;
		this.store = store;
		this.audit = audit;
		this.catalog = catalog;
		this.bank = bank;
		this.validation = validation;
		this.published = published;
		this.json = json;
	}

	/** A draft as the editor shows it. */
	record Editing(AuthoringStore.Authored authored, AuthoringStore.Draft draft, List<AuthoringStore.Version> versions,
			Validation validation, boolean sameAsLive) {

		public int latestVersion() {
			return this.versions.isEmpty() ? 0 : this.versions.get(0).version();
		}

	}

	/**
	 * The last validation of a draft; {@code current} when it ran on the files the draft
	 * holds now.
	 */
	record Validation(boolean passed, boolean current, List<ProblemValidation.Check> checks) {
	}

	@Transactional(readOnly = true)
	List<AuthoringStore.Listing> list(Author me) {
		return this.store.list(me.admin() ? null : me.username());
	}

	/**
	 * @return the problems per form field; empty when the problem was created
	 */
	@Transactional
	Map<String, String> create(Author me, String slug, String kind, String title) {
		Map<String, String> problems = new LinkedHashMap<>();
		String cleanSlug = (slug == null) ? "" : slug.strip();
		if (!ProblemFiles.isSlug(cleanSlug) || cleanSlug.length() > 80) {
			problems.put("slug",
					"Use lower-case words joined by '-', e.g. 'cosine-similarity' (80 characters at most).");
		}
		else if (this.catalog.find(cleanSlug).isPresent() || this.store.authored(cleanSlug).isPresent()) {
			problems.put("slug", "A problem named '" + cleanSlug + "' already exists.");
		}
		if (!AuthoringPagesController.KINDS.contains(kind)) {
			problems.put("kind", "Choose " + kindChoices() + ".");
		}
		if (title == null || title.isBlank() || title.length() > 200) {
			problems.put("title", "Give the problem a title (200 characters at most).");
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		ProblemForm form = Skeleton.form(kind, title.strip());
		Map<String, String> files = FormFiles.toFiles(cleanSlug, form).files();
		if (!this.store.create(cleanSlug, me.username(), kind, files)) {
			problems.put("slug", "A problem named '" + cleanSlug + "' already exists.");
			return problems;
		}
		this.audit.record(me.username(), "create", cleanSlug, kind + ": " + title.strip());
		return problems;
	}

	/**
	 * An admin starts editing a problem of the catalog that has no draft yet (a bank
	 * problem): the draft starts from the files served now.
	 */
	@Transactional
	void startFromCatalog(Author me, String slug) {
		if (!me.admin()) {
			throw AuthoringException.adminOnly("edit a problem of the bank");
		}
		if (this.store.authored(slug).isPresent()) {
			return;
		}
		ProblemVersion live = this.catalog.findVersion(slug).orElseThrow(() -> AuthoringException.notFound(slug));
		this.store.create(slug, me.username(), live.problem().kind().yamlName(), liveFiles(live));
		this.audit.record(me.username(), "create", slug, "draft from the catalog's version " + live.version());
	}

	@Transactional(readOnly = true)
	Editing open(Author me, String slug) {
		AuthoringStore.Authored authored = this.store.authored(slug)
			.orElseThrow(() -> AuthoringException.notFound(slug));
		if (!me.owns(authored.owner())) {
			throw AuthoringException.notYours(slug);
		}
		AuthoringStore.Draft draft = this.store.draft(slug).orElseThrow(() -> AuthoringException.notFound(slug));
		List<AuthoringStore.Version> versions = this.store.versions(slug);
		return new Editing(authored, draft, versions, validation(draft),
				draft.files().equals(liveFiles(slug, versions.isEmpty() ? 0 : versions.get(0).version())));
	}

	/**
	 * @return the reasons the form could not be saved; empty when the draft was saved
	 */
	@Transactional
	List<String> save(Author me, String slug, ProblemForm form) {
		Editing editing = open(me, slug);
		if (!AuthoringPagesController.KINDS.contains(form.getKind())) {
			return List.of("Kind: choose " + kindChoices() + ".");
		}
		FormFiles.Conversion conversion = FormFiles.toFiles(slug, form);
		if (!conversion.ok()) {
			return conversion.errors();
		}
		if (!conversion.files().equals(editing.draft().files())) {
			this.store.saveDraft(slug, form.getKind(), conversion.files(), me.username());
			this.audit.record(me.username(), "save draft", slug, conversion.files().size() + " files");
		}
		return List.of();
	}

	/**
	 * Runs the self-check on the draft as stored (the judge runs outside any transaction)
	 * and keeps the result.
	 */
	Validation validate(Author me, String slug) {
		Editing editing = open(me, slug);
		Map<String, String> files = editing.draft().files();
		ProblemValidation.Report report = this.validation.validate(slug, files, this.published.knownSlugs());
		this.store.saveValidation(slug, hash(files), report.passed(), this.json.writeValueAsString(report.checks()));
		this.audit.record(me.username(), "validate", slug, report.passed() ? "passed"
				: "failed: " + report.failures().size() + " of " + report.checks().size() + " checks");
		return new Validation(report.passed(), true, report.checks());
	}

	/**
	 * What publishing did: the new version, and whether judging may differ from the
	 * version before.
	 */
	record Published(int version, boolean judgingChanged) {
	}

	@Transactional
	Published publish(Author me, String slug) {
		if (!me.admin()) {
			throw AuthoringException.adminOnly("publish");
		}
		Editing editing = open(me, slug);
		Map<String, String> files = editing.draft().files();
		Validation validation = editing.validation();
		if (validation == null || !validation.current() || !validation.passed()) {
			throw AuthoringException
				.notNow("Validate the draft first: only a draft whose latest validation passed, with no change since, "
						+ "can be published.");
		}
		if (editing.sameAsLive()) {
			throw AuthoringException
				.notNow("Nothing changed since the version the catalog serves: there is nothing to publish.");
		}
		ProblemFiles.Reading reading = ProblemFiles.read(slug, files, this.published.knownSlugs());
		if (!reading.valid()) {
			throw AuthoringException.notNow("The draft no longer reads: " + reading.errors());
		}
		int previous = this.store.lockAndLatestVersion(slug);
		Map<String, String> before = (previous > 0) ? this.store.versionFiles(slug, previous).orElse(Map.of())
				: this.bank.files(slug);
		int version = previous + 1;
		this.store.addVersion(slug, version, files, me.username());
		this.catalog.index(reading.problem());
		this.events.publishEvent(new ProblemPublished(slug, version));
		boolean changed = !before.isEmpty() && JudgingChange.between(before, files);
		this.audit.record(me.username(), "publish", slug,
				"version " + version + (changed ? " (tests, checker, limits or reference changed)" : ""));
		return new Published(version, changed);
	}

	/** The files of published version {@code version}, or the bank's own for 0. */
	private Map<String, String> liveFiles(String slug, int version) {
		return (version > 0) ? this.store.versionFiles(slug, version).orElse(Map.of()) : this.bank.files(slug);
	}

	/** The files of a problem as the catalog serves it now. */
	Map<String, String> liveFiles(ProblemVersion live) {
		if (live.version() == ProblemVersion.BANK) {
			return this.bank.files(live.problem().slug());
		}
		return this.store.versionFiles(live.problem().slug(), live.version()).orElse(Map.of());
	}

	/**
	 * Whether an admin could start a draft from this catalog problem (it has none yet).
	 */
	@Transactional(readOnly = true)
	boolean hasDraft(String slug) {
		return this.store.authored(slug).isPresent();
	}

	Optional<Validation> lastValidation(AuthoringStore.Draft draft) {
		return Optional.ofNullable(validation(draft));
	}

	private Validation validation(AuthoringStore.Draft draft) {
		if (draft.validationJson() == null) {
			return null;
		}
		List<ProblemValidation.Check> checks = new ArrayList<>(this.json.readValue(draft.validationJson(), CHECKS));
		return new Validation(Boolean.TRUE.equals(draft.validationOk()),
				hash(draft.files()).equals(draft.validatedHash()), checks);
	}

	static String hash(Map<String, String> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			new java.util.TreeMap<>(files).forEach((path, text) -> {
				digest.update(path.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(text.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			});
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** "coding, conceptual, case-study or system-design": every kind. */
	private static String kindChoices() {
		List<String> kinds = AuthoringPagesController.KINDS;
		return String.join(", ", kinds.subList(0, kinds.size() - 1)) + " or " + kinds.get(kinds.size() - 1);
	}

}
