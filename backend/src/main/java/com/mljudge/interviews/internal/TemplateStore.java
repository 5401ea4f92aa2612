package com.mljudge.interviews.internal;

import java.util.List;
import java.util.Optional;

import com.mljudge.interviews.internal.InterviewRequest.PlanItem;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Saved plans, for their author and their author's team. JdbcClient: a plan is one jsonb
 * document per row, read by author or team.
 */
@Repository
class TemplateStore {

	private static final TypeReference<List<PlanItem>> ITEMS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	TemplateStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * A saved plan: fixed items, or for a solo mock a {@link Draw} of random ones.
	 */
	record Template(long id, String name, String createdBy, Long teamId, int durationMinutes, List<PlanItem> items,
			Draw draw) {
	}

	/**
	 * Random items for a solo mock: {@code counts} per kind, from any of {@code topics}
	 * (none: all), of one {@code difficulty} (null: any), each {@code minutes} long.
	 */
	record Draw(List<String> topics, String difficulty, java.util.Map<String, Integer> counts, Integer minutes) {
	}

	long insert(String name, String createdBy, Long teamId, int minutes, List<PlanItem> items, Draw draw) {
		return this.jdbc.sql("""
				insert into interview_templates (name, created_by, team_id, duration_minutes, items, draw)
				values (:name, :by, :team, :minutes, cast(:items as jsonb), cast(:draw as jsonb)) returning id""")
			.param("name", name)
			.param("by", createdBy)
			.param("team", teamId)
			.param("minutes", minutes)
			.param("items", this.json.writeValueAsString(items))
			.param("draw", (draw != null) ? this.json.writeValueAsString(draw) : null)
			.query(Long.class)
			.single();
	}

	/** Templates the person made or their team shares, newest first. */
	List<Template> usableBy(String username, Long teamId) {
		return this.jdbc.sql("""
				select * from interview_templates
				where lower(created_by) = lower(:user) or (team_id is not null and team_id = :team)
				order by created_at desc, id desc""")
			.param("user", username)
			.param("team", teamId)
			.query((rs, n) -> template(rs))
			.list();
	}

	Optional<Template> find(long id) {
		return this.jdbc.sql("select * from interview_templates where id = :id")
			.param("id", id)
			.query((rs, n) -> template(rs))
			.optional();
	}

	private Template template(java.sql.ResultSet rs) throws java.sql.SQLException {
		long team = rs.getLong("team_id");
		Long teamId = rs.wasNull() ? null : team;
		String draw = rs.getString("draw");
		return new Template(rs.getLong("id"), rs.getString("name"), rs.getString("created_by"), teamId,
				rs.getInt("duration_minutes"), this.json.readValue(rs.getString("items"), ITEMS),
				(draw != null) ? this.json.readValue(draw, Draw.class) : null);
	}

}
