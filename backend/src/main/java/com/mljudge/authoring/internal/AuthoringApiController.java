package com.mljudge.authoring.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import com.mljudge.accounts.CurrentUser;
import com.mljudge.refusals.Refusal;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Import for scripts (admins only): the request body is the zip itself. */
@RestController
@RequestMapping("/api/authoring")
class AuthoringApiController {

	private final Archives archives;

	AuthoringApiController(Archives archives) {
		this.archives = archives;
	}

	@PostMapping("/import")
	ResponseEntity<?> importArchive(CurrentUser user, InputStream body) throws IOException {
		byte[] bytes = body.readNBytes(Archives.MAX_ARCHIVE_BYTES + 1);
		Archives.checkSize(bytes.length);
		Archives.Imported imported = this.archives.importArchive(Author.of(user), bytes);
		if (imported.refused()) {
			throw new Refusal(Refusal.Reason.UNPROCESSABLE, "Archive refused",
					"Nothing was imported: " + imported.errors().size() + " problem(s) found.",
					Map.of("errors", imported.errors()), null);
		}
		return ResponseEntity.ok(Map.of("created", imported.created(), "updated", imported.updated()));
	}

}
