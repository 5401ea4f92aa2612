package com.mljudge.submissions.internal;

import java.nio.charset.StandardCharsets;

import com.mljudge.accounts.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

	private final Drafts drafts;

	DraftController(Drafts drafts) {
		this.drafts = drafts;
	}

	@GetMapping(path = "/problems/{slug}/draft", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> load(CurrentUser user, @PathVariable String slug) {
		if (!user.signedIn()) {
			return ResponseEntity.noContent().build();
		}
		return this.drafts.find(user.name(), slug)
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PutMapping(path = "/problems/{slug}/draft", consumes = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> save(CurrentUser user, @PathVariable String slug,
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
		return this.drafts.save(user.name(), slug, text) ? ResponseEntity.noContent().build()
				: ResponseEntity.status(HttpStatus.NOT_FOUND).body("There is no problem " + slug + ".");
	}

}
