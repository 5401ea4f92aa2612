package com.mljudge.authoring.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Authored problems, their drafts and their published versions; files are stored as one
 * jsonb map each. JdbcClient: jsonb file maps and version numbers taken under a row lock,
 * which JPA would need custom types and native queries for.
 */
@Repository
class AuthoringStore {

	private static final TypeReference<TreeMap<String, String>> FILES = new TypeReference<>() {
	};

	/** Who owns an authored problem and what kind it is. */
	record Authored(String slug, String owner, String kind, Instant createdAt) {
	}

	/** A draft and its last validation (null fields when never validated). */
	record Draft(String slug, Map<String, String> files, String updatedBy, Instant updatedAt, String validatedHash,
			Boolean validationOk, String validationJson, Instant validatedAt) {
	}

	/** One line of the authoring list. */
	record Listing(String slug, String owner, String kind, String title, Instant updatedAt, int latestVersion) {
	}

	/** One published version, without its files. */
	record Version(int version, String publishedBy, Instant publishedAt) {
	}

	/** The latest files of a published problem. */
	record Latest(String slug, int version, Map<String, String> files) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuthoringStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<Authored> authored(String slug) {
		return this.jdbc.sql("select slug, owner, kind, created_at from authored_problems where slug = :slug")
			.param("slug", slug)
			.query((rs, n) -> new Authored(rs.getString("slug"), rs.getString("owner"), rs.getString("kind"),
					rs.getTimestamp("created_at").toInstant()))
			.optional();
	}

	/**
	 * Authored problems, newest change first; only {@code owner}'s when it is not null.
	 */
	List<Listing> list(String owner) {
		return this.jdbc.sql("""
				select a.slug, a.owner, a.kind, d.files ->> 'problem.yaml' as yaml, d.updated_at,
				    coalesce((select max(v.version) from problem_versions v where v.slug = a.slug), 0) as latest
				from authored_problems a join problem_drafts d on d.slug = a.slug
				where cast(:owner as varchar) is null or lower(a.owner) = lower(:owner)
				order by d.updated_at desc, a.slug
				""")
			.param("owner", owner)
			.query((rs, n) -> new Listing(rs.getString("slug"), rs.getString("owner"), rs.getString("kind"),
					ProblemFormReader.titleOf(rs.getString("yaml")), rs.getTimestamp("updated_at").toInstant(),
					rs.getInt("latest")))
			.list();
	}

	/**
	 * @return false when the slug is already authored
	 */
	boolean create(String slug, String owner, String kind, Map<String, String> files) {
		int created = this.jdbc.sql("""
				insert into authored_problems (slug, owner, kind) values (:slug, :owner, :kind)
				on conflict (slug) do nothing
				""").param("slug", slug).param("owner", owner).param("kind", kind).update();
		if (created == 0) {
			return false;
		}
		this.jdbc.sql("insert into problem_drafts (slug, files, updated_by) values (:slug, cast(:files as jsonb), :by)")
			.param("slug", slug)
			.param("files", toJson(files))
			.param("by", owner)
			.update();
		return true;
	}

	Optional<Draft> draft(String slug) {
		return this.jdbc.sql("""
				select slug, files, updated_by, updated_at, validated_hash, validation_ok, validation, validated_at
				from problem_drafts where slug = :slug
				""")
			.param("slug", slug)
			.query((rs, n) -> new Draft(rs.getString("slug"), files(rs.getString("files")), rs.getString("updated_by"),
					rs.getTimestamp("updated_at").toInstant(), rs.getString("validated_hash"),
					(Boolean) rs.getObject("validation_ok"), rs.getString("validation"),
					(rs.getTimestamp("validated_at") != null) ? rs.getTimestamp("validated_at").toInstant() : null))
			.optional();
	}

	/** Replaces the draft's files and its kind (the kind lives in problem.yaml too). */
	void saveDraft(String slug, String kind, Map<String, String> files, String by) {
		this.jdbc.sql("""
				update problem_drafts set files = cast(:files as jsonb), updated_by = :by, updated_at = now()
				where slug = :slug
				""").param("files", toJson(files)).param("by", by).param("slug", slug).update();
		this.jdbc.sql("update authored_problems set kind = :kind where slug = :slug")
			.param("kind", kind)
			.param("slug", slug)
			.update();
	}

	void saveValidation(String slug, String hash, boolean ok, String checksJson) {
		this.jdbc.sql("""
				update problem_drafts set validated_hash = :hash, validation_ok = :ok,
				    validation = cast(:checks as jsonb), validated_at = now()
				where slug = :slug
				""").param("hash", hash).param("ok", ok).param("checks", checksJson).param("slug", slug).update();
	}

	/**
	 * Locks the problem's row so two publishes of one problem cannot both pick the same
	 * number.
	 */
	int lockAndLatestVersion(String slug) {
		this.jdbc.sql("select slug from authored_problems where slug = :slug for update")
			.param("slug", slug)
			.query(String.class)
			.optional();
		return latestVersion(slug);
	}

	int latestVersion(String slug) {
		return this.jdbc.sql("select coalesce(max(version), 0) from problem_versions where slug = :slug")
			.param("slug", slug)
			.query(Integer.class)
			.single();
	}

	void addVersion(String slug, int version, Map<String, String> files, String by) {
		this.jdbc.sql("""
				insert into problem_versions (slug, version, files, published_by)
				values (:slug, :version, cast(:files as jsonb), :by)
				""")
			.param("slug", slug)
			.param("version", version)
			.param("files", toJson(files))
			.param("by", by)
			.update();
	}

	Optional<Map<String, String>> versionFiles(String slug, int version) {
		return this.jdbc.sql("select files from problem_versions where slug = :slug and version = :version")
			.param("slug", slug)
			.param("version", version)
			.query((rs, n) -> files(rs.getString("files")))
			.optional();
	}

	List<Version> versions(String slug) {
		return this.jdbc.sql("""
				select version, published_by, published_at from problem_versions where slug = :slug
				order by version desc
				""")
			.param("slug", slug)
			.query((rs, n) -> new Version(rs.getInt("version"), rs.getString("published_by"),
					rs.getTimestamp("published_at").toInstant()))
			.list();
	}

	/** The latest version number of every published problem. */
	Map<String, Integer> latestVersions() {
		Map<String, Integer> latest = new TreeMap<>();
		this.jdbc.sql("select slug, max(version) as version from problem_versions group by slug").query((rs) -> {
			latest.put(rs.getString("slug"), rs.getInt("version"));
		});
		return latest;
	}

	List<String> authoredSlugs() {
		return this.jdbc.sql("select slug from authored_problems order by slug").query(String.class).list();
	}

	String toJson(Object value) {
		return this.json.writeValueAsString(value);
	}

	private Map<String, String> files(String jsonb) {
		return this.json.readValue(jsonb, FILES);
	}

}
