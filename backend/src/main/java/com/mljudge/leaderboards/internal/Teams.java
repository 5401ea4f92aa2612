package com.mljudge.leaderboards.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.mljudge.refusals.Refusal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams: anyone signed in creates one and hands out its invite code; a person belongs to
 * one team at a time. When the owner leaves, the longest-standing member takes over; the
 * last one out closes the team. Mistakes a person can fix in the form are
 * {@link TeamRefusal}s with the reason.
 */
@Service
class Teams {

	static final int PAGE_SIZE = 50;

	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._'-]{1,59}");

	private static final String CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final SecureRandom random = new SecureRandom();

	private final TeamStore store;

	private final BoardStore users;

	Teams(TeamStore store, BoardStore users) {
		this.store = store;
		this.users = users;
	}

	@Transactional
	long create(String username, String name) {
		long user = userId(username);
		String wanted = (name != null) ? name.strip().replaceAll("\\s+", " ") : "";
		if (!NAME.matcher(wanted).matches()) {
			throw new TeamRefusal("Invalid team name",
					"A team name has 2 to 60 characters: letters, digits, spaces and . _ ' -, "
							+ "starting with a letter or digit.");
		}
		Optional<TeamStore.TeamRow> current = this.store.teamOf(user);
		if (current.isPresent()) {
			throw new TeamRefusal("Already in a team",
					"You are already in the team '" + current.get().name() + "'; leave it before creating another.");
		}
		if (this.store.nameTaken(wanted)) {
			throw new TeamRefusal("Team name taken",
					"There is already a team named '" + wanted + "'; choose another name.");
		}
		return this.store.create(wanted, user, newCode());
	}

	/** Joins the team with this invite code; joining one's own team again is no error. */
	@Transactional
	long join(String username, String code) {
		long user = userId(username);
		TeamStore.TeamRow team = this.store.byCode((code != null) ? code.strip() : "")
			.orElseThrow(() -> new TeamRefusal("Unknown invite code",
					"This invite code does not open any team; it may have been replaced. Ask the team's owner for the current link."));
		this.store.lock(team.id());
		Optional<TeamStore.TeamRow> current = this.store.teamOf(user);
		if (current.isPresent()) {
			if (current.get().id() == team.id()) {
				return team.id();
			}
			throw new TeamRefusal("Already in a team", "You are in the team '" + current.get().name()
					+ "'; leave it before joining '" + team.name() + "'.");
		}
		this.store.addMember(team.id(), user);
		return team.id();
	}

	@Transactional
	void leave(String username, long teamId) {
		long user = userId(username);
		TeamStore.TeamRow team = this.store.byId(teamId).orElseThrow(Teams::notFound);
		this.store.lock(teamId);
		if (this.store.teamOf(user).filter((t) -> t.id() == teamId).isEmpty()) {
			throw new TeamRefusal("Not a member", "You are not a member of '" + team.name() + "'.");
		}
		this.store.removeMember(teamId, user);
		if (team.ownerId() == user) {
			Optional<Long> heir = this.store.longestMember(teamId);
			if (heir.isPresent()) {
				this.store.setOwner(teamId, heir.get());
			}
			else {
				this.store.delete(teamId);
			}
		}
	}

	/** A new invite code for the owner, when the old link went around too far. */
	@Transactional
	String regenerateCode(String username, long teamId) {
		TeamStore.TeamRow team = this.store.byId(teamId).orElseThrow(Teams::notFound);
		if (team.ownerId() != userId(username)) {
			throw Refusal.forbidden("Not your team", "Only the team's owner can replace its invite code.");
		}
		String code = newCode();
		this.store.setInviteCode(teamId, code);
		return code;
	}

	Optional<Team> find(long id) {
		return this.store.team(id);
	}

	Optional<Team> byCode(String code) {
		return this.store.byCode(code).flatMap((row) -> this.store.team(row.id()));
	}

	Optional<Long> teamOf(String username) {
		return this.users.userId(username).flatMap(this.store::teamOf).map(TeamStore.TeamRow::id);
	}

	List<TeamStanding> board(BoardPeriod period, int page) {
		Pages.requireNumber(page);
		return this.store.board(period.key(Instant.now()), PAGE_SIZE, (long) page * PAGE_SIZE);
	}

	long count() {
		return this.store.count();
	}

	private long userId(String username) {
		return this.users.userId(username)
			.orElseThrow(() -> new Refusal(Refusal.Reason.UNAUTHENTICATED, "Not signed in", "Sign in first."));
	}

	private String newCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			code.append(CODE_ALPHABET.charAt(this.random.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	private static Refusal notFound() {
		return Refusal.unknown("Unknown team", "There is no such team.");
	}

}
