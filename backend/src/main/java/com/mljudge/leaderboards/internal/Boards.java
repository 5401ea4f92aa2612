package com.mljudge.leaderboards.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.mljudge.problembank.Kind;
import com.mljudge.problembank.Problem;
import com.mljudge.problems.ProblemCatalog;
import com.mljudge.problems.ProblemVersion;
import com.mljudge.refusals.Refusal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Reads the global board. Every query is a range of the index on (period, topic, points
 * desc, reached_at), so a page costs the same with ten users or ten thousand; JdbcClient
 * for those range reads (rank by count, offset pages), which JPA would only wrap.
 */
@Service
class Boards {

	static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	private final ProblemCatalog catalog;

	Boards(JdbcClient jdbc, ProblemCatalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	BoardPage page(BoardPeriod period, String topic, int page, String viewer) {
		String scopeTopic = checkedTopic(topic);
		Pages.requireNumber(page);
		String key = period.key(Instant.now());
		long offset = (long) page * PAGE_SIZE;
		List<Standing> standings = this.jdbc.sql("""
				select u.username, b.points, b.solved, b.reached_at
				from board_totals b join users u on u.id = b.user_id
				where b.period = :period and b.topic = :topic
				order by b.points desc, b.reached_at, b.user_id
				limit :limit offset :offset""")
			.param("period", key)
			.param("topic", scopeTopic)
			.param("limit", PAGE_SIZE)
			.param("offset", offset)
			.query((rs, n) -> standing(rs, offset + n + 1))
			.list();
		long total = this.jdbc.sql("select count(*) from board_totals where period = :period and topic = :topic")
			.param("period", key)
			.param("topic", scopeTopic)
			.query(Long.class)
			.single();
		Standing me = StringUtils.hasText(viewer) ? standing(viewer, key, scopeTopic).orElse(null) : null;
		return new BoardPage(period, StringUtils.hasText(topic) ? scopeTopic : null, standings, total, page, PAGE_SIZE,
				me);
	}

	/** A user's place on the all-time board of every topic, for their profile. */
	Optional<Standing> allTime(String username) {
		return standing(username, BoardPeriod.ALL.key(null), "");
	}

	long rankedUsers() {
		return this.jdbc.sql("select count(*) from board_totals where period = 'all' and topic = ''")
			.query(Long.class)
			.single();
	}

	/** The topics of judged problems, which are the topics a board can be filtered by. */
	List<String> topics() {
		// From the catalog's API, not its table.
		return this.catalog.all()
			.stream()
			.map(ProblemVersion::problem)
			.filter(Problem::isCoding)
			.flatMap((p) -> p.topics().stream())
			.distinct()
			.sorted()
			.toList();
	}

	private Optional<Standing> standing(String username, String period, String topic) {
		// The rank counts who is ahead: more points, or as many points reached earlier.
		return this.jdbc.sql("""
				select u.username, b.points, b.solved, b.reached_at,
				    1 + (select count(*) from board_totals o
				         where o.period = b.period and o.topic = b.topic and o.points > b.points)
				      + (select count(*) from board_totals o
				         where o.period = b.period and o.topic = b.topic and o.points = b.points
				           and (o.reached_at, o.user_id) < (b.reached_at, b.user_id)) as rank
				from board_totals b join users u on u.id = b.user_id
				where b.period = :period and b.topic = :topic and lower(u.username) = lower(:username)""")
			.param("period", period)
			.param("topic", topic)
			.param("username", username)
			.query((rs, n) -> standing(rs, rs.getLong("rank")))
			.optional();
	}

	private String checkedTopic(String topic) {
		if (!StringUtils.hasText(topic)) {
			return "";
		}
		String wanted = topic.strip();
		if (!topics().contains(wanted)) {
			throw Refusal.invalid("Unknown topic", "Unknown topic '" + topic + "'.");
		}
		return wanted;
	}

	private static Standing standing(ResultSet rs, long rank) throws SQLException {
		return new Standing(rank, rs.getString("username"), rs.getInt("points"), rs.getInt("solved"),
				rs.getTimestamp("reached_at").toInstant());
	}

}
