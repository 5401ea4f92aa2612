package com.mljudge.interviews.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

import com.mljudge.interviews.internal.Access.Seat;
import com.mljudge.leaderboards.TeamMemberships;
import com.mljudge.leaderboards.TeamMemberships.Membership;

import org.springframework.stereotype.Service;

/**
 * Lists of interviews: one person's (taken, run, or their team's when they own it) and
 * one candidate's history across interviews, each filtered by who may see what.
 */
@Service
class Listings {

	private final InterviewStore store;

	private final ItemStore items;

	private final Access access;

	private final TeamMemberships teams;

	Listings(InterviewStore store, ItemStore items, Access access, TeamMemberships teams) {
		this.store = store;
		this.items = items;
		this.access = access;
		this.teams = teams;
	}

	/**
	 * An interview in a list. The recommendation and mean score are shown to
	 * interviewers, and to the candidate once the report is theirs to read.
	 */
	record Summary(long id, String title, String candidate, boolean solo, String state, Instant startsAt,
			int durationMinutes, String seat, String recommendation, Double meanScore) {
	}

	List<Summary> visibleTo(String username) {
		Long owned = this.teams.teamOf(username)
			.filter((t) -> t.ownedBy(username))
			.map(Membership::teamId)
			.orElse(null);
		return this.store.visibleTo(username, owned, 200).stream().map((i) -> summary(i, username)).toList();
	}

	List<Summary> history(String candidate, String viewer) {
		return this.store.ofCandidate(candidate)
			.stream()
			.filter((i) -> this.access.seatOf(i, viewer) != null)
			.map((i) -> summary(i, viewer))
			.toList();
	}

	private Summary summary(Interview interview, String viewer) {
		Seat seat = this.access.seatOf(interview, viewer);
		boolean judged = seat == Seat.INTERVIEWER || interview.shared()
				|| (interview.solo() && interview.state() == Interview.State.ENDED);
		Double mean = null;
		if (judged) {
			OptionalDouble average = this.items.items(interview.id())
				.stream()
				.flatMap((item) -> item.scores().values().stream())
				.filter(Objects::nonNull)
				.mapToInt(Item.Score::score)
				.average();
			mean = average.isPresent() ? Math.round(average.getAsDouble() * 100) / 100.0 : null;
		}
		return new Summary(interview.id(), interview.title(), interview.candidate(), interview.solo(),
				interview.state().name(), interview.startsAt(), interview.durationMinutes(),
				(seat != null) ? seat.name() : null,
				(judged && interview.recommendation() != null) ? interview.recommendation().name() : null, mean);
	}

}
