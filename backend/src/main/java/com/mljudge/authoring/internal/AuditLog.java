package com.mljudge.authoring.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who did what, when: one row per change, written in the change's own transaction.
 * JdbcClient: append-only inserts and a filtered, paged read; nothing to load as an
 * entity.
 */
@Repository
class AuditLog {

	/** One change. */
	record Entry(long id, Instant at, String actor, String action, String target, String detail) {
	}

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(String actor, String action, String target, String detail) {
		this.jdbc
			.sql("insert into audit_log (actor, action, target, detail) values (:actor, :action, :target, :detail)")
			.param("actor", actor)
			.param("action", action)
			.param("target", abbreviate(target, 200))
			.param("detail", abbreviate((detail != null) ? detail : "", 2000))
			.update();
	}

	/**
	 * Records a refused change: its own transaction, so the entry stays although the
	 * change rolled back.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordRefusal(String actor, String action, String target, String detail) {
		record(actor, action, target, detail);
	}

	/**
	 * The newest entries first; only those whose action or target or actor contains
	 * {@code filter}.
	 */
	List<Entry> recent(String filter, int limit) {
		String like = "%" + ((filter == null) ? "" : filter.strip().toLowerCase()) + "%";
		return this.jdbc.sql("""
				select id, at, actor, action, target, detail from audit_log
				where lower(actor) like :like or lower(action) like :like or lower(target) like :like
				order by id desc limit :limit
				""")
			.param("like", like)
			.param("limit", limit)
			.query((rs, n) -> new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("target"), rs.getString("detail")))
			.list();
	}

	private static String abbreviate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
