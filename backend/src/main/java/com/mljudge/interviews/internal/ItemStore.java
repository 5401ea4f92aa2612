package com.mljudge.interviews.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mljudge.interviews.internal.Item.Score;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static com.mljudge.interviews.internal.InterviewStore.instant;

/**
 * An interview's items, the snapshots of what was typed on them, and the runs and
 * submissions made from them. JdbcClient: snapshots are written as the candidate types,
 * without waiting for the disk, and an interview's items are read in one query.
 */
@Repository
class ItemStore {

	private static final TypeReference<Map<String, Score>> SCORES = new TypeReference<>() {
	};

	/**
	 * A save this soon after the item's last snapshot rewrites that snapshot instead of
	 * adding one: the replay keeps a frame per few seconds of typing.
	 */
	static final int SNAPSHOT_SECONDS = 3;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ItemStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A planned item: a bank problem, its kind and its time box. */
	record PlannedItem(String problem, String kind, int minutes) {
	}

	/** A run or submission made on an item; verdict and score null until judged. */
	record ItemSubmission(long id, long itemId, String mode, String source, String language, String verdict,
			Integer score, Instant submittedAt, Instant judgedAt) {
	}

	/** One frame of the replay. */
	record Snapshot(Instant takenAt, String code) {
	}

	void insert(long interview, List<PlannedItem> items) {
		for (int i = 0; i < items.size(); i++) {
			PlannedItem item = items.get(i);
			this.jdbc.sql("""
					insert into interview_items (interview_id, position, problem_slug, kind, minutes)
					values (:interview, :position, :problem, :kind, :minutes)""")
				.param("interview", interview)
				.param("position", i)
				.param("problem", item.problem())
				.param("kind", item.kind())
				.param("minutes", item.minutes())
				.update();
		}
	}

	List<Item> items(long interview) {
		return this.jdbc.sql("select * from interview_items where interview_id = :id order by position")
			.param("id", interview)
			.query(this::item)
			.list();
	}

	Optional<Item> item(long interview, int position) {
		return this.jdbc.sql("select * from interview_items where interview_id = :id and position = :p")
			.param("id", interview)
			.param("p", position)
			.query(this::item)
			.optional();
	}

	void begin(long item, Instant at) {
		this.jdbc.sql("update interview_items set started_at = coalesce(started_at, :at) where id = :id")
			.param("at", Timestamp.from(at))
			.param("id", item)
			.update();
	}

	void finish(long item, Instant at) {
		this.jdbc.sql("update interview_items set ended_at = :at where id = :id and ended_at is null")
			.param("at", Timestamp.from(at))
			.param("id", item)
			.update();
	}

	/**
	 * Stores what the candidate typed and keeps a snapshot of it for the replay, in one
	 * statement: saves come twice a second per interview, and each round trip counts.
	 */
	void saveWork(Item item, String text, String language, Instant at) {
		this.jdbc
			.sql("""
					with work as (update interview_items set %s = :text, language = coalesce(:language, language)
					              where id = :item),
					last as (select id, taken_at from interview_snapshots where item_id = :item
					         order by taken_at desc, id desc limit 1),
					rewritten as (update interview_snapshots s set code = :text, taken_at = :at from last
					              where s.id = last.id and last.taken_at > :since returning s.id)
					insert into interview_snapshots (item_id, taken_at, code)
					select cast(:item as bigint), cast(:at as timestamptz), :text where not exists (select 1 from rewritten)"""
				.formatted(item.coding() ? "code" : "answer"))
			.param("text", text)
			.param("language", item.coding() ? language : null, Types.VARCHAR)
			.param("item", item.id())
			.param("at", Timestamp.from(at))
			.param("since", Timestamp.from(at.minusSeconds(SNAPSHOT_SECONDS)))
			.update();
	}

	/**
	 * Lets this transaction commit without waiting for its WAL flush. Typing saves come
	 * twice a second per interview, and every transaction that notifies commits one at a
	 * time (PostgreSQL's notify queue lock), so waiting for each flush queued them all
	 * behind the disk. A database crash loses at most the last fraction of a second of
	 * typing, which the next save (half a second later) writes again.
	 */
	void commitWithoutWaitingForDisk() {
		this.jdbc.sql("set local synchronous_commit = off").update();
	}

	void releaseHint(long item) {
		this.jdbc.sql("update interview_items set hints_released = hints_released + 1 where id = :id")
			.param("id", item)
			.update();
	}

	void notes(long item, String notes) {
		this.jdbc.sql("update interview_items set notes = :notes where id = :id")
			.param("notes", notes)
			.param("id", item)
			.update();
	}

	void scores(long item, Map<String, Score> scores) {
		this.jdbc.sql("update interview_items set scores = cast(:scores as jsonb) where id = :id")
			.param("scores", this.json.writeValueAsString(scores))
			.param("id", item)
			.update();
	}

	List<Snapshot> snapshots(long item) {
		return this.jdbc.sql("select taken_at, code from interview_snapshots where item_id = :id order by taken_at, id")
			.param("id", item)
			.query((rs, n) -> new Snapshot(instant(rs.getTimestamp("taken_at")), rs.getString("code")))
			.list();
	}

	void recordSubmission(long submission, long item, String mode, String source, String language) {
		this.jdbc.sql("""
				insert into interview_submissions (submission_id, item_id, mode, source, language)
				values (:id, :item, :mode, :source, :language) on conflict do nothing""")
			.param("id", submission)
			.param("item", item)
			.param("mode", mode)
			.param("source", source)
			.param("language", language)
			.update();
	}

	/**
	 * Stores a verdict; answers the interview it belongs to, empty for a submission made
	 * outside any interview.
	 */
	Optional<Long> judged(long submission, String username, String verdict, int score, Instant at) {
		return this.jdbc.sql("""
				update interview_submissions s set verdict = :verdict, score = :score, judged_at = :at
				from interview_items i join interviews v on v.id = i.interview_id
				where s.submission_id = :id and i.id = s.item_id and lower(v.candidate) = lower(:user)
				returning i.interview_id""")
			.param("verdict", verdict)
			.param("score", score)
			.param("at", Timestamp.from(at))
			.param("id", submission)
			.param("user", username)
			.query(Long.class)
			.optional();
	}

	/** Every run and submission of the interview, oldest first. */
	List<ItemSubmission> submissions(long interview) {
		return this.jdbc.sql("""
				select s.* from interview_submissions s join interview_items i on i.id = s.item_id
				where i.interview_id = :id order by s.submitted_at, s.submission_id""")
			.param("id", interview)
			.query((rs, n) -> {
				int score = rs.getInt("score");
				Integer scored = rs.wasNull() ? null : score;
				return new ItemSubmission(rs.getLong("submission_id"), rs.getLong("item_id"), rs.getString("mode"),
						rs.getString("source"), rs.getString("language"), rs.getString("verdict"), scored,
						instant(rs.getTimestamp("submitted_at")), instant(rs.getTimestamp("judged_at")));
			})
			.list();
	}

	private Item item(ResultSet rs, int row) throws SQLException {
		return new Item(rs.getLong("id"), rs.getLong("interview_id"), rs.getInt("position"),
				rs.getString("problem_slug"), Item.kind(rs.getString("kind")), rs.getInt("minutes"),
				instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("ended_at")), rs.getString("code"),
				rs.getString("language"), rs.getString("answer"), rs.getInt("hints_released"), rs.getString("notes"),
				this.json.readValue(rs.getString("scores"), SCORES));
	}

}
