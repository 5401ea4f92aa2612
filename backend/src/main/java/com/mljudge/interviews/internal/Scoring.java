package com.mljudge.interviews.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mljudge.interviews.internal.Interview.Recommendation;
import com.mljudge.interviews.internal.Interview.State;
import com.mljudge.interviews.internal.Item.Score;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interviewers' judgement: private notes per item, rubric scores, the rubric itself,
 * the overall recommendation, and sharing the report. A solo candidate scores their own
 * items once the clock has stopped, with the model answer in front of them.
 */
@Service
class Scoring {

	static final int MAX_NOTE_CHARS = 20_000;

	private final Live live;

	private final InterviewStore interviews;

	private final ItemStore items;

	private final Access access;

	Scoring(Live live, InterviewStore interviews, ItemStore items, Access access) {
		this.live = live;
		this.interviews = interviews;
		this.items = items;
		this.access = access;
	}

	@Transactional
	void notes(long id, String username, int position, String notes) {
		Interview interview = this.live.locked(id);
		this.access.interviewer(interview, username);
		this.items.notes(item(id, position).id(), limited(notes, "Notes"));
		this.live.changed(id);
	}

	/**
	 * Sets the given dimensions' scores; a dimension sent with a null score is cleared.
	 */
	@Transactional
	void score(long id, String username, int position, Map<String, Score> scores) {
		Interview interview = judge(id, username);
		Item item = item(id, position);
		if (scores == null || scores.isEmpty()) {
			throw InterviewRefusals.bad("Send scores as {\"dimension\": {\"score\": 1..4, \"note\": \"...\"}}.");
		}
		Map<String, Score> merged = new LinkedHashMap<>(item.scores());
		for (Map.Entry<String, Score> entry : scores.entrySet()) {
			if (!interview.rubric().has(item.kind(), entry.getKey())) {
				throw InterviewRefusals.bad("'" + entry.getKey() + "' is not a dimension of this interview's "
						+ item.kind().yamlName() + " rubric.");
			}
			Score score = entry.getValue();
			if (score == null || score.score() == 0) {
				merged.remove(entry.getKey());
				continue;
			}
			if (score.score() < Rubric.LOWEST || score.score() > Rubric.HIGHEST) {
				throw InterviewRefusals.bad("Scores go from 1 to 4.");
			}
			merged.put(entry.getKey(), new Score(score.score(), limited(score.note(), "A score's note")));
		}
		this.items.scores(item.id(), merged);
		this.live.changed(id);
	}

	@Transactional
	void rubric(long id, String username, Map<String, List<Rubric.Dimension>> kinds) {
		Interview interview = this.live.locked(id);
		this.access.interviewer(interview, username);
		if (interview.state() == State.ENDED) {
			throw InterviewRefusals.conflict("The interview is over; its rubric no longer changes.");
		}
		try {
			this.interviews.rubric(id, Rubric.checked(kinds));
		}
		catch (IllegalArgumentException ex) {
			throw InterviewRefusals.bad(ex.getMessage());
		}
		this.live.changed(id);
	}

	@Transactional
	void verdict(long id, String username, String recommendation, String summary) {
		judge(id, username);
		Recommendation chosen = null;
		if (recommendation != null && !recommendation.isBlank()) {
			try {
				chosen = Recommendation.valueOf(recommendation.strip());
			}
			catch (IllegalArgumentException ex) {
				throw InterviewRefusals.bad("The recommendation is STRONG_NO, NO, YES or STRONG_YES.");
			}
		}
		this.interviews.verdict(id, chosen, limited(summary, "The summary"));
		this.live.changed(id);
	}

	@Transactional
	void share(long id, String username) {
		Interview interview = this.live.locked(id);
		this.access.interviewer(interview, username);
		if (interview.state() != State.ENDED) {
			throw InterviewRefusals.conflict("Share the report once the interview has ended.");
		}
		this.interviews.share(id, this.live.now());
		this.live.changed(id);
	}

	/** Who may score: interviewers at any time, a solo candidate after the end. */
	private Interview judge(long id, String username) {
		Interview interview = this.live.locked(id);
		if (interview.solo() && interview.hasCandidate(username)) {
			if (interview.state() != State.ENDED) {
				throw InterviewRefusals
					.conflict("Score yourself once the mock is over, with the model answers in view.");
			}
			return interview;
		}
		this.access.interviewer(interview, username);
		return interview;
	}

	private Item item(long id, int position) {
		return this.items.item(id, position)
			.orElseThrow(() -> InterviewRefusals.bad("There is no item " + position + "."));
	}

	private static String limited(String text, String what) {
		String value = (text != null) ? text : "";
		if (value.length() > MAX_NOTE_CHARS) {
			throw InterviewRefusals.bad(what + " holds at most " + MAX_NOTE_CHARS + " characters.");
		}
		return value;
	}

}
