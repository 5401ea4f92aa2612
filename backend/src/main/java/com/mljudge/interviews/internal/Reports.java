package com.mljudge.interviews.internal;

import java.time.Instant;
import java.util.List;

import com.mljudge.interviews.internal.Access.Seated;
import com.mljudge.interviews.internal.Interview.State;
import com.mljudge.interviews.internal.ItemStore.ItemSubmission;
import com.mljudge.interviews.internal.ItemStore.Snapshot;
import com.mljudge.interviews.internal.Views.SubmissionRun;

import org.springframework.stereotype.Service;

/**
 * The report of an interview: what happened on each item and how it was judged. The
 * interviewers see it whole at any time; the candidate sees their version (no private
 * notes) once it is shared, or, after a solo mock, once the clock stopped.
 */
@Service
class Reports {

	private final Access access;

	private final ItemStore items;

	private final Contents contents;

	private final Live live;

	Reports(Access access, ItemStore items, Contents contents, Live live) {
		this.access = access;
		this.items = items;
		this.contents = contents;
		this.live = live;
	}

	record Report(long id, String title, String candidate, List<String> interviewers, boolean solo, String state,
			Instant startedAt, Instant endedAt, String recommendation, String recommendationLabel, String summary,
			boolean shared, boolean candidateVersion, List<ItemReport> items) {
	}

	record ItemReport(int position, String problem, String title, String kind, int minutes, long usedSeconds,
			String finalCode, String language, String answer, String finalVerdict, List<SubmissionRun> runs,
			List<String> hintsReleased, List<ScoredDimension> scores, String notes, String modelAnswerHtml,
			List<String> keyPoints, String referenceSource, int snapshots) {
	}

	/**
	 * One rubric dimension with its score (null when not scored) and what that score
	 * means.
	 */
	record ScoredDimension(String name, Integer score, String anchor, String note, List<String> anchors) {
	}

	Report report(long id, String username) {
		this.live.settle(id);
		Seated seated = readable(id, username);
		Interview interview = seated.interview();
		boolean candidateVersion = !seated.interviewer();
		Instant now = this.live.now();
		List<ItemSubmission> submissions = this.items.submissions(id);
		List<ItemReport> reports = this.items.items(id).stream().map((item) -> {
			ItemContent content = this.contents.of(item.problem());
			List<SubmissionRun> runs = submissions.stream()
				.filter((s) -> s.itemId() == item.id())
				.map(SubmissionRun::of)
				.toList();
			String finalVerdict = runs.stream()
				.filter((r) -> "SUBMIT".equals(r.mode()) && r.verdict() != null)
				.reduce((a, b) -> b)
				.map(SubmissionRun::verdict)
				.orElse(null);
			List<ScoredDimension> scores = interview.rubric().of(item.kind()).stream().map((d) -> {
				Item.Score score = item.scores().get(d.name());
				return new ScoredDimension(d.name(), (score != null) ? score.score() : null,
						(score != null) ? d.anchors().get(score.score() - 1) : null,
						(score != null) ? score.note() : null, d.anchors());
			}).toList();
			return new ItemReport(item.position(), item.problem(), content.title(), content.kind(), item.minutes(),
					item.usedSeconds(now), item.code(), item.language(), item.answer(), finalVerdict, runs,
					content.hints().subList(0, Math.min(item.hintsReleased(), content.hints().size())), scores,
					candidateVersion ? null : item.notes(), content.modelAnswerHtml(), content.keyPoints(),
					content.referenceSource(), this.items.snapshots(item.id()).size());
		}).toList();
		return new Report(id, interview.title(), interview.candidate(), interview.interviewers(), interview.solo(),
				interview.state().name(), interview.startedAt(), interview.endedAt(),
				(interview.recommendation() != null) ? interview.recommendation().name() : null,
				(interview.recommendation() != null) ? interview.recommendation().label() : null, interview.summary(),
				interview.shared(), candidateVersion, reports);
	}

	/** The replay of one item: what was typed, a frame per few seconds. */
	List<Snapshot> replay(long id, String username, int position) {
		readable(id, username);
		Item item = this.items.item(id, position)
			.orElseThrow(() -> InterviewRefusals.bad("There is no item " + position + "."));
		return this.items.snapshots(item.id());
	}

	private Seated readable(long id, String username) {
		Seated seated = this.access.seat(id, username);
		Interview interview = seated.interview();
		if (!seated.interviewer()) {
			boolean ownSoloOver = interview.solo() && interview.state() == State.ENDED;
			if (!interview.shared() && !ownSoloOver) {
				throw InterviewRefusals.forbidden("The report is the interviewers' until they share it with you.");
			}
		}
		return seated;
	}

}
