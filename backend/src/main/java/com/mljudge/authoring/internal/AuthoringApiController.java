package com.mljudge.authoring.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;

import com.mljudge.accounts.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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
		if (bytes.length > Archives.MAX_ARCHIVE_BYTES) {
			return refused(HttpStatus.CONTENT_TOO_LARGE, "Archive too large",
					"The archive is larger than " + Archives.MAX_ARCHIVE_BYTES / (1024 * 1024) + " MiB.", null);
		}
		Archives.Imported imported = this.archives.importArchive(Author.of(user), bytes);
		if (imported.refused()) {
			return refused(HttpStatus.UNPROCESSABLE_CONTENT, "Archive refused",
					"Nothing was imported: " + imported.errors().size() + " problem(s) found.", imported);
		}
		return ResponseEntity.ok(Map.of("created", imported.created(), "updated", imported.updated()));
	}

	private static ResponseEntity<ProblemDetail> refused(HttpStatus status, String title, String detail,
			Archives.Imported imported) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("about:blank"));
		if (imported != null) {
			problem.setProperty("errors", imported.errors());
		}
		return ResponseEntity.status(status).body(problem);
	}

}
