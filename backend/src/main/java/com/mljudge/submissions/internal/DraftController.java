package com.mljudge.submissions.internal;

import java.nio.charset.StandardCharsets;
import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The editor's draft per user and problem, saved by the page as the user types
 * (debounced) and loaded when the page opens, in whatever browser.
 */
@RestController
class DraftController {

	private final JdbcClient jdbc;

	DraftController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping(path = "/problems/{slug}/draft", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> load(Principal principal, @PathVariable String slug) {
		if (principal == null) {
			return ResponseEntity.noContent().build();
		}
		return this.jdbc.sql("""
				select d.source from drafts d join users u on u.id = d.user_id
				where lower(u.username) = lower(:username) and d.problem_slug = :slug""")
			.param("username", principal.getName())
			.param("slug", slug)
			.query(String.class)
			.optional()
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PutMapping(path = "/problems/{slug}/draft", consumes = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> save(Principal principal, @PathVariable String slug,
			@RequestBody(required = false) String source) {
		String text = (source != null) ? source : "";
		String nul = StoredText.nulPosition(text);
		if (nul != null) {
			return ResponseEntity.badRequest()
				.body("The draft contains a NUL character (U+0000) at " + nul + "; remove it to save the draft.");
		}
		if (text.getBytes(StandardCharsets.UTF_8).length > Submissions.MAX_SOURCE_BYTES) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body("The draft is larger than 64 KiB.");
		}
		int saved = this.jdbc.sql("""
				insert into drafts (user_id, problem_slug, source)
				select u.id, p.slug, :source from users u, problems p
				where lower(u.username) = lower(:username) and p.slug = :slug
				on conflict (user_id, problem_slug) do update set source = excluded.source, updated_at = now()""")
			.param("source", text)
			.param("username", principal.getName())
			.param("slug", slug)
			.update();
		return (saved == 1) ? ResponseEntity.noContent().build()
				: ResponseEntity.status(HttpStatus.NOT_FOUND).body("There is no problem " + slug + ".");
	}

}
