package com.mljudge.interviews.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.mljudge.interviews.internal.ItemStore.ItemSubmission;
import com.mljudge.judge.Language;

import org.springframework.stereotype.Component;

/**
 * The live state each seat sees, read fresh from the database: what a screen shows after
 * a reload, and what every signal pushes to it.
 */
@Component
class Views {

	private final ItemStore items;

	private final Contents contents;

	Views(ItemStore items, Contents contents) {
		this.items = items;
		this.contents = contents;
	}

	/**
	 * The candidate's view: the current item with released hints only; no model answer,
	 * key points, reference solution, notes or scores.
	 */
	record CandidateState(long id, String title, String state, long remainingSeconds, Instant deadline,
			Instant serverTime, int position, int itemCount, CurrentItem item, boolean reportShared) {
	}

	/**
	 * {@code language} is the code's ({@code java} or {@code python}), {@code starters}
	 * the starter per language and {@code languages} which of them this site judges (null
	 * for an item answered in words).
	 */
	record CurrentItem(int position, String problem, String title, String kind, int minutes, long usedSeconds,
			String statementHtml, String signature, String pythonSignature, String work, String language,
			Map<String, String> starters, List<LanguageChoice> languages, List<String> hints, List<Run> runs) {
	}

	/**
	 * A language the candidate may pick; {@code offReason} says why one cannot be judged.
	 */
	record LanguageChoice(String id, String label, String offReason) {

		static List<LanguageChoice> all() {
			return Arrays.stream(Language.values())
				.map((l) -> new LanguageChoice(l.id(), l.label(), l.offReason()))
				.toList();
		}

	}

	/** A run or submission as both seats see it. */
	record Run(long id, String mode, String verdict, Integer score, Instant submittedAt, String language) {

		static Run of(ItemSubmission s) {
			return new Run(s.id(), s.mode(), s.verdict(), s.score(), s.submittedAt(), s.language());
		}

	}

	/** The interviewers' view: every item as it stands, with notes and scores. */
	record InterviewerState(long id, String title, String state, String candidate, List<String> interviewers,
			String inviteCode, long remainingSeconds, Instant deadline, Instant serverTime, int position,
			String recommendation, String summary, boolean reportShared, List<ItemState> items) {
	}

	record ItemState(int position, String problem, String title, String kind, int minutes, long usedSeconds,
			String code, String language, String answer, int hintsReleased, int hintsTotal, String notes,
			Map<String, Item.Score> scores, List<SubmissionRun> runs) {
	}

	/** A run with the code that was run and its language, for the interviewer. */
	record SubmissionRun(long id, String mode, String verdict, Integer score, Instant submittedAt, String source,
			String language) {

		static SubmissionRun of(ItemSubmission s) {
			return new SubmissionRun(s.id(), s.mode(), s.verdict(), s.score(), s.submittedAt(), s.source(),
					s.language());
		}

	}

	CandidateState candidate(Interview interview, Instant now) {
		List<Item> all = this.items.items(interview.id());
		CurrentItem current = null;
		if (interview.state() == Interview.State.LIVE && interview.currentPosition() < all.size()) {
			Item item = all.get(interview.currentPosition());
			ItemContent content = this.contents.of(item.problem()).forCandidate(item.hintsReleased());
			Map<String, String> starters = content.starters();
			String work = (item.coding() && item.code().isEmpty())
					? starters.getOrDefault(item.language(), content.starter()) : item.work();
			List<Run> runs = this.items.submissions(interview.id())
				.stream()
				.filter((s) -> s.itemId() == item.id())
				.map(Run::of)
				.toList();
			current = new CurrentItem(item.position(), item.problem(), content.title(), content.kind(), item.minutes(),
					item.usedSeconds(now), content.statementHtml(), content.signature(), content.pythonSignature(),
					work, item.coding() ? item.language() : null, item.coding() ? starters : null,
					item.coding() ? LanguageChoice.all() : null, content.hints(), runs);
		}
		return new CandidateState(interview.id(), interview.title(), interview.state().name(),
				interview.remainingSeconds(now), interview.deadline(), now, interview.currentPosition(), all.size(),
				current, interview.shared());
	}

	InterviewerState interviewer(Interview interview, Instant now) {
		List<ItemSubmission> submissions = this.items.submissions(interview.id());
		List<ItemState> states = this.items.items(interview.id()).stream().map((item) -> {
			ItemContent content = this.contents.of(item.problem());
			List<SubmissionRun> runs = submissions.stream()
				.filter((s) -> s.itemId() == item.id())
				.map(SubmissionRun::of)
				.toList();
			return new ItemState(item.position(), item.problem(), content.title(), content.kind(), item.minutes(),
					item.usedSeconds(now), item.code(), item.language(), item.answer(), item.hintsReleased(),
					content.hints().size(), item.notes(), item.scores(), runs);
		}).toList();
		return new InterviewerState(interview.id(), interview.title(), interview.state().name(), interview.candidate(),
				interview.interviewers(), interview.inviteCode(), interview.remainingSeconds(now), interview.deadline(),
				now, interview.currentPosition(),
				(interview.recommendation() != null) ? interview.recommendation().name() : null, interview.summary(),
				interview.shared(), states);
	}

}
