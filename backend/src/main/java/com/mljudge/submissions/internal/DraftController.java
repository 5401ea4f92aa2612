package com.mljudge.submissions.internal;

import java.nio.charset.StandardCharsets;

import com.mljudge.accounts.CurrentUser;
import com.mljudge.judge.Language;
import com.mljudge.refusals.Refusal;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The editor's draft per user, problem and language ({@code ?language=python}; Java when
 * left out), saved by the page as the user types (debounced) and loaded when the page
 * opens, in whatever browser. A draft may be kept in a language this server does not
 * judge: it is the user's text, and another instance may judge it.
 */
@RestController
class DraftController {

	private final Drafts drafts;

	DraftController(Drafts drafts) {
		this.drafts = drafts;
	}

	@GetMapping(path = "/problems/{slug}/draft")
	ResponseEntity<String> load(CurrentUser user, @PathVariable String slug,
			@RequestParam(required = false) String language) {
		Language chosen = Submissions.language(language);
		if (!user.signedIn()) {
			return ResponseEntity.noContent().build();
		}
		return this.drafts.find(user.name(), slug, chosen)
			.map((text) -> ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(text))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PutMapping(path = "/problems/{slug}/draft", consumes = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<Void> save(CurrentUser user, @PathVariable String slug,
			@RequestParam(required = false) String language, @RequestBody(required = false) String source) {
		Language chosen = Submissions.language(language);
		String text = (source != null) ? source : "";
		String nul = StoredText.nulPosition(text);
		if (nul != null) {
			throw Refusal.invalid("NUL character in the draft",
					"The draft contains a NUL character (U+0000) at " + nul + "; remove it to save the draft.");
		}
		if (text.getBytes(StandardCharsets.UTF_8).length > Submissions.MAX_SOURCE_BYTES) {
			throw new Refusal(Refusal.Reason.TOO_LARGE, "Draft too large", "The draft is larger than 64 KiB.");
		}
		if (!this.drafts.save(user.name(), slug, chosen, text)) {
			throw Refusal.unknown("Unknown problem", "There is no problem " + slug + ".");
		}
		return ResponseEntity.noContent().build();
	}

}
