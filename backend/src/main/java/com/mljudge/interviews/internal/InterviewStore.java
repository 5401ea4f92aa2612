package com.mljudge.interviews.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.mljudge.interviews.internal.Interview.Recommendation;
import com.mljudge.interviews.internal.Interview.State;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The interviews table and its interviewers. JdbcClient: the lists and access checks
 * filter by candidate, interviewer and team in one query each; rows are records without
 * behaviour.
 */
@Repository
class InterviewStore {

	private static final String SELECT = """
			select i.*, array(select v.username from interview_interviewers v where v.interview_id = i.id
			    order by v.username) as interviewer_names
			from interviews i""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	InterviewStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** What a new interview is made of; {@code candidate} null for an invite. */
	record NewInterview(String title, Long teamId, String createdBy, String candidate, String inviteCode, boolean solo,
			Instant startsAt, int durationMinutes, Rubric rubric, List<String> interviewers) {
	}

	long insert(NewInterview draft) {
		long id = this.jdbc.sql("""
				insert into interviews (title, team_id, created_by, candidate, invite_code, solo, starts_at,
				    duration_minutes, rubric)
				values (:title, :team, :createdBy, :candidate, :invite, :solo, :startsAt, :minutes,
				    cast(:rubric as jsonb))
				returning id""")
			.param("title", draft.title())
			.param("team", draft.teamId())
			.param("createdBy", draft.createdBy())
			.param("candidate", draft.candidate())
			.param("invite", draft.inviteCode())
			.param("solo", draft.solo())
			.param("startsAt", Timestamp.from(draft.startsAt()))
			.param("minutes", draft.durationMinutes())
			.param("rubric", this.json.writeValueAsString(draft.rubric()))
			.query(Long.class)
			.single();
		for (String interviewer : draft.interviewers()) {
			this.jdbc.sql("insert into interview_interviewers (interview_id, username) values (:id, :user)")
				.param("id", id)
				.param("user", interviewer)
				.update();
		}
		return id;
	}

	Optional<Interview> find(long id) {
		return this.jdbc.sql(SELECT + " where i.id = :id").param("id", id).query(this::interview).optional();
	}

	/** Locks the row, so two screens changing one interview take turns. */
	Optional<Interview> lock(long id) {
		return this.jdbc.sql(SELECT + " where i.id = :id for update of i")
			.param("id", id)
			.query(this::interview)
			.optional();
	}

	Optional<Interview> byInvite(String code) {
		return this.jdbc.sql(SELECT + " where i.invite_code = :code")
			.param("code", code)
			.query(this::interview)
			.optional();
	}

	/**
	 * Every interview the person takes part in (as candidate or interviewer) or whose
	 * team they own, newest first.
	 */
	List<Interview> visibleTo(String username, Long ownedTeam, int limit) {
		return this.jdbc.sql(SELECT + " " + """
				where lower(i.candidate) = lower(:user)
				   or exists (select 1 from interview_interviewers v where v.interview_id = i.id
				              and lower(v.username) = lower(:user))
				   or (i.team_id is not null and i.team_id = :team)
				order by i.starts_at desc, i.id desc limit :limit""")
			.param("user", username)
			.param("team", ownedTeam)
			.param("limit", limit)
			.query(this::interview)
			.list();
	}

	/** One candidate's interviews, oldest first: their progress across interviews. */
	List<Interview> ofCandidate(String candidate) {
		return this.jdbc.sql(SELECT + " where lower(i.candidate) = lower(:user) order by i.starts_at, i.id")
			.param("user", candidate)
			.query(this::interview)
			.list();
	}

	void claim(long id, String candidate) {
		this.jdbc.sql("update interviews set candidate = :user where id = :id and candidate is null")
			.param("user", candidate)
			.param("id", id)
			.update();
	}

	void start(long id, Instant now, Instant deadline) {
		this.jdbc.sql("""
				update interviews set state = 'LIVE', started_at = :now, deadline = :deadline, current_position = 0
				where id = :id""")
			.param("now", Timestamp.from(now))
			.param("deadline", Timestamp.from(deadline))
			.param("id", id)
			.update();
	}

	void moveTo(long id, int position) {
		this.jdbc.sql("update interviews set current_position = :p where id = :id")
			.param("p", position)
			.param("id", id)
			.update();
	}

	void extend(long id, Instant deadline) {
		this.jdbc.sql("update interviews set deadline = :deadline where id = :id")
			.param("deadline", Timestamp.from(deadline))
			.param("id", id)
			.update();
	}

	/** Ends a live interview; false when it was not live (someone ended it first). */
	boolean end(long id, Instant at) {
		return this.jdbc.sql("update interviews set state = 'ENDED', ended_at = :at where id = :id and state = 'LIVE'")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update() == 1;
	}

	void rubric(long id, Rubric rubric) {
		this.jdbc.sql("update interviews set rubric = cast(:rubric as jsonb) where id = :id")
			.param("rubric", this.json.writeValueAsString(rubric))
			.param("id", id)
			.update();
	}

	void verdict(long id, Recommendation recommendation, String summary) {
		this.jdbc.sql("update interviews set recommendation = :r, summary = :s where id = :id")
			.param("r", (recommendation != null) ? recommendation.name() : null)
			.param("s", summary)
			.param("id", id)
			.update();
	}

	void share(long id, Instant at) {
		this.jdbc.sql("update interviews set shared_at = coalesce(shared_at, :at) where id = :id")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	private Interview interview(ResultSet rs, int row) throws SQLException {
		long team = rs.getLong("team_id");
		Long teamId = rs.wasNull() ? null : team;
		String recommendation = rs.getString("recommendation");
		return new Interview(rs.getLong("id"), rs.getString("title"), teamId, rs.getString("created_by"),
				rs.getString("candidate"), rs.getString("invite_code"), rs.getBoolean("solo"),
				instant(rs.getTimestamp("starts_at")), rs.getInt("duration_minutes"),
				State.valueOf(rs.getString("state")), instant(rs.getTimestamp("started_at")),
				instant(rs.getTimestamp("deadline")), instant(rs.getTimestamp("ended_at")),
				rs.getInt("current_position"), this.json.readValue(rs.getString("rubric"), Rubric.class),
				(recommendation != null) ? Recommendation.valueOf(recommendation) : null, rs.getString("summary"),
				instant(rs.getTimestamp("shared_at")),
				Arrays.asList((String[]) rs.getArray("interviewer_names").getArray()));
	}

	static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
