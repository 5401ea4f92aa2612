package com.mljudge.interviews.internal;

import com.mljudge.leaderboards.TeamMemberships;

import org.springframework.stereotype.Component;

/**
 * Who may see an interview, and from which seat: its candidate, its interviewers and its
 * team's owners, nobody else. A stranger is told the interview does not exist; a
 * candidate asking for an interviewer's view is refused outright.
 */
@Component
class Access {

	private final InterviewStore store;

	private final TeamMemberships teams;

	Access(InterviewStore store, TeamMemberships teams) {
		this.store = store;
		this.teams = teams;
	}

	/** Where someone sits in an interview. */
	enum Seat {

		CANDIDATE, INTERVIEWER

	}

	/** An interview as one person may see it. */
	record Seated(Interview interview, Seat seat, String username) {

		boolean interviewer() {
			return this.seat == Seat.INTERVIEWER;
		}

	}

	/** The seat, or null for someone who may not see the interview. */
	Seat seatOf(Interview interview, String username) {
		if (username == null) {
			return null;
		}
		if (interview.solo()) {
			return interview.hasCandidate(username) ? Seat.CANDIDATE : null;
		}
		if (interview.hasInterviewer(username)
				|| (interview.teamId() != null && this.teams.owns(username, interview.teamId()))) {
			return Seat.INTERVIEWER;
		}
		return interview.hasCandidate(username) ? Seat.CANDIDATE : null;
	}

	Seated seat(long id, String username) {
		Interview interview = this.store.find(id).orElseThrow(() -> InterviewRefusals.unknown(id));
		return seated(interview, username);
	}

	Seated seated(Interview interview, String username) {
		Seat seat = seatOf(interview, username);
		if (seat == null) {
			throw InterviewRefusals.unknown(interview.id());
		}
		return new Seated(interview, seat, username);
	}

	/** For what only interviewers do or read: the candidate gets 403, strangers 404. */
	Seated interviewer(Interview interview, String username) {
		Seated seated = seated(interview, username);
		if (!seated.interviewer()) {
			throw InterviewRefusals.forbidden("Only the interview's interviewers and its team's owners may do this.");
		}
		return seated;
	}

	Seated candidate(Interview interview, String username) {
		Seated seated = seated(interview, username);
		if (seated.seat() != Seat.CANDIDATE) {
			throw InterviewRefusals.forbidden("Only the candidate works on the interview's items.");
		}
		return seated;
	}

}
