package com.mljudge.submissions.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.mljudge.judge.Language;
import com.mljudge.problembank.Problem;
import com.mljudge.problems.CustomRuns;
import com.mljudge.problems.ProblemCatalog;
import com.mljudge.problems.ProblemVersion;
import com.mljudge.refusals.Refusal;
import com.mljudge.submissions.SubmissionJudged.Mode;

import org.springframework.dao.DuplicateKeyException;
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
	 * A queued submission attempt. An attempt that cannot be queued is refused instead
	 * ({@link Refusal}), with a reason a person can act on.
	 *
	 * @param replayed an earlier request with the same idempotency key made it
	 */
	record Queued(long id, boolean replayed) {

		Queued(long id) {
			this(id, false);
		}

	}

	/**
	 * {@code input}, when not null, is a custom run's arguments as JSON text: checked
	 * against the signature here, so a mistake in it is answered at once instead of after
	 * a trip through the queue. With an {@code idempotencyKey} (the client's name for
	 * this attempt; may be null) a request sent again, by a retry or a double click,
	 * answers with the submission the first one made instead of judging it twice.
	 */
	Queued submit(String username, String slug, String source, Mode mode, String input, String idempotencyKey) {
		return submit(username, slug, source, mode, input, idempotencyKey, Language.JAVA);
	}

	/**
	 * In {@code language}; one this server does not judge is refused with the reason, see
	 * {@link #language(String)}.
	 */
	Queued submit(String username, String slug, String source, Mode mode, String input, String idempotencyKey,
			Language language) {
		String off = language.offReason();
		if (off != null) {
			throw Refusal.invalid(language.label() + " is off", off);
		}
		if (idempotencyKey != null) {
			String problem = IdempotencyKeys.problem(idempotencyKey);
			if (problem != null) {
				throw Refusal.invalid("Invalid Idempotency-Key", problem);
			}
			Optional<Queued> earlier = replay(username, idempotencyKey, slug, source, mode, input, language);
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		return judge(username, slug, source, mode, input, idempotencyKey, language);
	}

	/**
	 * The language spelled {@code id}; null (the field left out) is Java.
	 * @throws Refusal naming the languages there are
	 */
	static Language language(String id) {
		if (id == null) {
			return Language.JAVA;
		}
		return Language.of(id)
			.orElseThrow(() -> Refusal.invalid("Unknown language", "There is no language '" + id
					+ "'; the field 'language' is one of " + String.join(", ", Language.ids()) + "."));
	}

	private Optional<Queued> replay(String username, String key, String slug, String source, Mode mode, String input,
			Language language) {
		return this.queue.findByKey(username, key).map((earlier) -> {
			if (earlier.language() == language && IdempotencyKeys.sameAttempt(earlier.problem(), earlier.mode(),
					earlier.source(), earlier.input(), slug, mode, source, normalizedOrSame(input))) {
				return new Queued(earlier.id(), true);
			}
			throw new Refusal(Refusal.Reason.UNPROCESSABLE, "Idempotency-Key already used",
					"This Idempotency-Key was first sent with a different problem, mode, language, source or input; use a new "
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

	private Queued judge(String username, String slug, String source, Mode mode, String input, String idempotencyKey,
			Language language) {
		if (slug == null || slug.isBlank()) {
			throw Refusal.invalid("Missing problem",
					"Name the problem to judge against in the field 'problem', e.g. \"kmeans\".");
		}
		Optional<Problem> problem = this.catalog.find(slug.strip());
		if (problem.isEmpty()) {
			throw Refusal.unknown("Unknown problem", "There is no problem '" + slug + "'.");
		}
		if (!problem.get().isCoding()) {
			throw Refusal.invalid("Not a coding problem",
					"'" + slug + "' is a " + problem.get().kind().yamlName() + " question; there is no code to judge.");
		}
		if (source == null || source.isBlank()) {
			throw Refusal.invalid("Empty source", "Send your " + language.label() + " source in the field 'source'.");
		}
		String nul = StoredText.nulPosition(source);
		if (nul != null) {
			throw Refusal.invalid("NUL character in the source",
					"The source contains a NUL character (U+0000) at " + nul + "; " + language.label()
							+ " sources have no use for it. Remove it and send the source again.");
		}
		int bytes = source.getBytes(StandardCharsets.UTF_8).length;
		if (bytes > MAX_SOURCE_BYTES) {
			throw new Refusal(Refusal.Reason.TOO_LARGE, "Source too large",
					"The source is " + bytes + " bytes; the limit is " + MAX_SOURCE_BYTES + " bytes (64 KiB).");
		}
		String storedInput = null;
		if (input != null && mode != Mode.RUN) {
			throw Refusal.invalid("Input is for runs",
					"A submission is judged on the problem's own tests; send custom input to /api/runs.");
		}
		if (input != null) {
			try {
				this.customRuns.arguments(slug.strip(), input);
				storedInput = this.customRuns.normalized(input);
			}
			catch (CustomRuns.InputTooLarge ex) {
				throw new Refusal(Refusal.Reason.TOO_LARGE, "Input too large", ex.getMessage());
			}
			catch (IllegalArgumentException ex) {
				throw Refusal.invalid("Invalid input", ex.getMessage());
			}
		}
		Integer version = this.catalog.findVersion(slug.strip())
			.map(ProblemVersion::version)
			.filter((v) -> v != ProblemVersion.BANK)
			.orElse(null);
		String queuedInput = storedInput;
		Admission admission;
		try {
			// The count and the new row in one transaction: the limit holds across
			// instances.
			admission = this.transactions.execute((status) -> {
				Optional<Duration> wait = this.rateLimit.check(username);
				if (wait.isPresent()) {
					return new Admission(null, wait.get());
				}
				return new Admission(this.queue.enqueue(username, slug.strip(), mode, source, queuedInput, version,
						idempotencyKey, language), null);
			});
		}
		catch (DuplicateKeyException ex) {
			// The same key raced in from another request a moment ago: that one's
			// submission is the answer.
			return replay(username, idempotencyKey, slug, source, mode, input, language).orElseThrow(() -> ex);
		}
		if (admission.id() == null) {
			// Refused after the rate limit's transaction ends, which leaves it as it was
			// (a read) instead of rolling back a caller's transaction it joined.
			throw new Refusal(Refusal.Reason.TOO_MANY, "Too many submissions",
					"You have sent many submissions in the last minute; try again in a few seconds.", Map.of(),
					admission.retryAfter());
		}
		this.workers.wakeUp();
		return new Queued(admission.id());
	}

	/** The queued row's id, or how long to wait when the rate limit refused it. */
	private record Admission(Long id, Duration retryAfter) {
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
				stored.createdAt(), stored.source(), custom, stored.problemVersion(), stored.language().id());
	}

}
