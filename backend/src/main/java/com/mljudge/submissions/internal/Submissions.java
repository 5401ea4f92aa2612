package com.mljudge.submissions.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.mljudge.problembank.Problem;
import com.mljudge.problems.CustomRuns;
import com.mljudge.problems.ProblemCatalog;
import com.mljudge.problems.ProblemVersion;
import com.mljudge.submissions.SubmissionJudged.Mode;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Accepts submissions and runs into the queue, and shows them back to their owner. */
@Service
class Submissions {

	static final int MAX_SOURCE_BYTES = 64 * 1024;

	private final SubmissionQueue queue;

	private final ProblemCatalog catalog;

	private final SubmissionRateLimit rateLimit;

	private final JudgeWorkers workers;

	private final ResultJson resultJson;

	private final CustomRuns customRuns;

	private final VerdictWaiters waiters;

	private final TransactionTemplate transactions;

	Submissions(SubmissionQueue queue, ProblemCatalog catalog, SubmissionRateLimit rateLimit, JudgeWorkers workers,
			ResultJson resultJson, CustomRuns customRuns, VerdictWaiters waiters, TransactionTemplate transactions) {
		this.waiters = waiters;
		this.transactions = transactions;
		this.queue = queue;
		this.catalog = catalog;
		this.rateLimit = rateLimit;
		this.workers = workers;
		this.resultJson = resultJson;
		this.customRuns = customRuns;
	}

	/**
	 * What became of a submission attempt: queued, or refused with a reason a person can
	 * act on.
	 */
	sealed interface Outcome {

		/** {@code replayed}: an earlier request with the same idempotency key made it. */
		record Queued(long id, boolean replayed) implements Outcome {

			Queued(long id) {
				this(id, false);
			}

		}

		record Refused(HttpStatus status, String title, String detail, Duration retryAfter) implements Outcome {

			Refused(HttpStatus status, String title, String detail) {
				this(status, title, detail, null);
			}

		}

	}

	/**
	 * {@code input}, when not null, is a custom run's arguments as JSON text: checked
	 * against the signature here, so a mistake in it is answered at once instead of after
	 * a trip through the queue. With an {@code idempotencyKey} (the client's name for
	 * this attempt; may be null) a request sent again, by a retry or a double click,
	 * answers with the submission the first one made instead of judging it twice.
	 */
	Outcome submit(String username, String slug, String source, Mode mode, String input, String idempotencyKey) {
		if (idempotencyKey != null) {
			String problem = IdempotencyKeys.problem(idempotencyKey);
			if (problem != null) {
				return new Outcome.Refused(HttpStatus.BAD_REQUEST, "Invalid Idempotency-Key", problem);
			}
			Optional<Outcome> earlier = replay(username, idempotencyKey, slug, source, mode, input);
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		return judge(username, slug, source, mode, input, idempotencyKey);
	}

	private Optional<Outcome> replay(String username, String key, String slug, String source, Mode mode, String input) {
		return this.queue.findByKey(username, key).map((earlier) -> {
			if (IdempotencyKeys.sameAttempt(earlier.problem(), earlier.mode(), earlier.source(), earlier.input(), slug,
					mode, source, normalizedOrSame(input))) {
				return new Outcome.Queued(earlier.id(), true);
			}
			return new Outcome.Refused(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key already used",
					"This Idempotency-Key was first sent with a different problem, mode, source or input; use a new "
							+ "key for a new attempt.");
		});
	}

	private String normalizedOrSame(String input) {
		try {
			return (input != null) ? this.customRuns.normalized(input) : null;
		}
		catch (RuntimeException ex) {
			return input;
		}
	}

	private Outcome judge(String username, String slug, String source, Mode mode, String input, String idempotencyKey) {
		if (slug == null || slug.isBlank()) {
			return new Outcome.Refused(HttpStatus.BAD_REQUEST, "Missing problem",
					"Name the problem to judge against in the field 'problem', e.g. \"kmeans\".");
		}
		Optional<Problem> problem = this.catalog.find(slug.strip());
		if (problem.isEmpty()) {
			return new Outcome.Refused(HttpStatus.NOT_FOUND, "Unknown problem", "There is no problem '" + slug + "'.");
		}
		if (!problem.get().isCoding()) {
			return new Outcome.Refused(HttpStatus.BAD_REQUEST, "Not a coding problem",
					"'" + slug + "' is a " + problem.get().kind().yamlName() + " question; there is no code to judge.");
		}
		if (source == null || source.isBlank()) {
			return new Outcome.Refused(HttpStatus.BAD_REQUEST, "Empty source",
					"Send your Java source in the field 'source'.");
		}
		String nul = StoredText.nulPosition(source);
		if (nul != null) {
			return new Outcome.Refused(HttpStatus.BAD_REQUEST, "NUL character in the source",
					"The source contains a NUL character (U+0000) at " + nul
							+ "; Java sources have no use for it. Remove it and send the source again.");
		}
		int bytes = source.getBytes(StandardCharsets.UTF_8).length;
		if (bytes > MAX_SOURCE_BYTES) {
			return new Outcome.Refused(HttpStatus.CONTENT_TOO_LARGE, "Source too large",
					"The source is " + bytes + " bytes; the limit is " + MAX_SOURCE_BYTES + " bytes (64 KiB).");
		}
		String storedInput = null;
		if (input != null && mode != Mode.RUN) {
			return new Outcome.Refused(HttpStatus.BAD_REQUEST, "Input is for runs",
					"A submission is judged on the problem's own tests; send custom input to /api/runs.");
		}
		if (input != null) {
			try {
				this.customRuns.arguments(slug.strip(), input);
				storedInput = this.customRuns.normalized(input);
			}
			catch (CustomRuns.InputTooLarge ex) {
				return new Outcome.Refused(HttpStatus.CONTENT_TOO_LARGE, "Input too large", ex.getMessage());
			}
			catch (IllegalArgumentException ex) {
				return new Outcome.Refused(HttpStatus.BAD_REQUEST, "Invalid input", ex.getMessage());
			}
		}
		Integer version = this.catalog.findVersion(slug.strip())
			.map(ProblemVersion::version)
			.filter((v) -> v != ProblemVersion.BANK)
			.orElse(null);
		String queuedInput = storedInput;
		Outcome outcome;
		try {
			// The count and the new row in one transaction: the limit holds across
			// instances.
			outcome = this.transactions.execute((status) -> {
				Optional<Duration> wait = this.rateLimit.check(username);
				if (wait.isPresent()) {
					return new Outcome.Refused(HttpStatus.TOO_MANY_REQUESTS, "Too many submissions",
							"You have sent many submissions in the last minute; try again in a few seconds.",
							wait.get());
				}
				return new Outcome.Queued(
						this.queue.enqueue(username, slug.strip(), mode, source, queuedInput, version, idempotencyKey));
			});
		}
		catch (DuplicateKeyException ex) {
			// The same key raced in from another request a moment ago: that one's
			// submission is the answer.
			return replay(username, idempotencyKey, slug, source, mode, input).orElseThrow(() -> ex);
		}
		if (outcome instanceof Outcome.Queued) {
			this.workers.wakeUp();
		}
		return outcome;
	}

	/**
	 * Like {@link #find}, but answers once the verdict is stored or {@code wait} is over,
	 * without holding the calling thread.
	 * @return a handle that gives the wait up (the client went away); null when the user
	 * already has the most waits open allowed
	 */
	Runnable await(long id, String username, boolean admin, Duration wait, Consumer<Optional<SubmissionView>> answer) {
		return this.waiters.open(id, username, wait, () -> find(id, username, admin), answer);
	}

	/** How many verdict waits one user may keep open at once. */
	int maxOpenWaits() {
		return this.waiters.maxPerUser();
	}

	Optional<SubmissionView> find(long id, String username, boolean admin) {
		return this.queue.find(id).filter((s) -> admin || s.username().equalsIgnoreCase(username)).map(this::view);
	}

	List<SubmissionView> history(String username, String problem) {
		return this.queue.history(username, problem, 50).stream().map(this::view).toList();
	}

	/**
	 * The same user's previous submission to the same problem, as seen by whoever may see
	 * this one.
	 */
	Optional<SubmissionView> previous(long id, String username, boolean admin) {
		return this.queue.find(id)
			.filter((s) -> admin || s.username().equalsIgnoreCase(username))
			.flatMap(this.queue::previous)
			.map(this::view);
	}

	List<SubmissionView> recent(String username, int limit) {
		return this.queue.recent(username, limit).stream().map(this::view).toList();
	}

	private SubmissionView view(SubmissionQueue.Stored stored) {
		ResultJson.StoredResult result = this.resultJson.read(stored.resultJson());
		List<SubmissionView.Test> tests = result.tests()
			.stream()
			// Hidden tests show only their verdict and time: their data and messages stay
			// private.
			.map((t) -> {
				String verdict = t.shownVerdict();
				boolean ran = !ResultJson.NOT_RUN.equals(verdict);
				return new SubmissionView.Test(t.name(), t.sample(), verdict, ran ? t.timeMillis() : null,
						(t.sample() && ran) ? t.message() : null, t.sample() ? t.actual() : null,
						t.sample() ? t.actualNote() : null);
			})
			.toList();
		List<SubmissionView.DiagnosticView> diagnostics = result.diagnostics()
			.stream()
			.map((d) -> new SubmissionView.DiagnosticView(d.line(), d.column(), d.message()))
			.toList();
		SubmissionView.Custom custom = null;
		if (stored.input() != null) {
			ResultJson.StoredCustom judged = result.custom();
			custom = new SubmissionView.Custom(this.resultJson.value(stored.input()),
					(judged != null) ? judged.expected() : null, judged != null && judged.compared(),
					(judged != null) ? judged.referenceFailure() : null,
					(judged != null) ? judged.expectedNote() : null);
		}
		return new SubmissionView(stored.id(), stored.problem(), stored.mode().name(), stored.status(),
				stored.verdict(), stored.score(), stored.compiler(), tests, diagnostics, result.stdout(),
				stored.createdAt(), stored.source(), custom, stored.problemVersion());
	}

}
