package com.mljudge.contests.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.mljudge.accounts.CurrentUser;
import com.mljudge.contests.internal.Scoreboard.Board;
import com.mljudge.contests.internal.Scoreboard.Cell;
import com.mljudge.contests.internal.Scoreboard.Column;
import com.mljudge.contests.internal.Scoreboard.Row;
import com.mljudge.contests.internal.Scoreboard.Viewer;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contests over JSON: anyone reads the list, a contest and its board (frozen unless the
 * caller is an admin); signed-in users register; admins create, edit, delete and unfreeze
 * (the API's security enforces the roles).
 */
@RestController
@RequestMapping("/api/contests")
class ContestApiController {

	private final Contests contests;

	ContestApiController(Contests contests) {
		this.contests = contests;
	}

	@GetMapping
	List<ContestJson> list(CurrentUser user) {
		Instant now = Instant.now();
		boolean admin = user.isAdmin();
		return this.contests.all()
			.stream()
			.map((c) -> ContestJson.of(c, now, admin || !c.upcoming(now), null))
			.toList();
	}

	@GetMapping("/{slug}")
	ContestJson contest(@PathVariable String slug, CurrentUser user) {
		Instant now = Instant.now();
		Contest contest = this.contests.get(slug);
		return ContestJson.of(contest, now, user.isAdmin() || !contest.upcoming(now),
				user.signedIn() ? this.contests.registered(contest, user.name()) : null);
	}

	@PostMapping
	ResponseEntity<ContestJson> create(@RequestBody ContestRequest request) {
		Contest contest = this.contests.create(request);
		return ResponseEntity.created(URI.create("/api/contests/" + contest.slug()))
			.body(ContestJson.of(contest, Instant.now(), true, null));
	}

	@PutMapping("/{slug}")
	ContestJson update(@PathVariable String slug, @RequestBody ContestRequest request) {
		return ContestJson.of(this.contests.update(slug, request), Instant.now(), true, null);
	}

	@DeleteMapping("/{slug}")
	ResponseEntity<Void> delete(@PathVariable String slug) {
		this.contests.delete(slug, Instant.now());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{slug}/unfreeze")
	ContestJson unfreeze(@PathVariable String slug) {
		return ContestJson.of(this.contests.unfreeze(slug, Instant.now()), Instant.now(), true, null);
	}

	/** 201 for a new registration, 200 when the caller was registered already. */
	@PostMapping("/{slug}/registration")
	ResponseEntity<Map<String, Object>> register(@PathVariable String slug, CurrentUser user) {
		boolean added = this.contests.register(slug, user.name(), Instant.now());
		return ResponseEntity.status(added ? HttpStatus.CREATED : HttpStatus.OK)
			.body(Map.of("contest", slug, "username", user.name(), "registered", true));
	}

	@GetMapping("/{slug}/scoreboard")
	BoardJson scoreboard(@PathVariable String slug, CurrentUser user) {
		Contest contest = this.contests.get(slug);
		return BoardJson.of(contest, this.contests.board(contest, Viewer.of(user), Instant.now()));
	}

	record ContestJson(String slug, String title, String description, String phase, Instant startsAt, Instant endsAt,
			String scoring, int freezeMinutes, Instant freezesAt, int publicPercent, List<String> problems,
			Boolean registered) {

		/** Problems are left out (null) of an upcoming contest for anyone but admins. */
		static ContestJson of(Contest c, Instant now, boolean withProblems, Boolean registered) {
			return new ContestJson(c.slug(), c.title(), c.description(), c.phase(now).name(), c.startsAt(), c.endsAt(),
					c.scoring().name(), c.freezeMinutes(), c.freezesAt(), c.publicPercent(),
					withProblems ? c.problems() : null, registered);
		}

	}

	/**
	 * {@code mode}: LIVE, FROZEN (contestants and the public during the freeze),
	 * ADMIN_LIVE or FINAL.
	 */
	record BoardJson(String contest, String scoring, String mode, List<ColumnJson> problems, List<RowJson> rows) {

		static BoardJson of(Contest contest, Board board) {
			return new BoardJson(contest.slug(), board.scoring().name(), board.mode().name(),
					board.columns().stream().map(ColumnJson::of).toList(),
					board.rows().stream().map(RowJson::of).toList());
		}

	}

	record ColumnJson(String label, String problem, String title, boolean metric) {

		static ColumnJson of(Column column) {
			return new ColumnJson(column.label(), column.problem(), column.title(), column.metric());
		}

	}

	record RowJson(int rank, String username, int solved, long penalty, int points, Long lastMinutes,
			List<Cell> cells) {

		static RowJson of(Row row) {
			return new RowJson(row.rank(), row.username(), row.solved(), row.penalty(), row.points(), row.lastMinutes(),
					row.cells());
		}

	}

}
