package com.mljudge.authoring.internal;

import java.util.List;
import java.util.Map;

import com.mljudge.accounts.CurrentUser;
import com.mljudge.problembank.CheckerType;
import com.mljudge.problembank.Kind;
import com.mljudge.problembank.ProblemArchive;
import com.mljudge.refusals.Refusal;
import com.mljudge.web.Markdown;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editor pages: my problems, a new problem, the draft editor with validation,
 * publishing and rejudging.
 */
@Controller
@RequestMapping("/authoring")
class AuthoringPagesController {

	static final List<String> KINDS = Kind.yamlNames();

	static final List<String> VERDICTS = List.of("WRONG_ANSWER", "TIME_LIMIT_EXCEEDED", "MEMORY_LIMIT_EXCEEDED",
			"OUTPUT_LIMIT_EXCEEDED", "RUNTIME_ERROR", "COMPILE_ERROR", "REJECTED");

	private final Authoring authoring;

	private final Archives archives;

	private final ProblemRejudges rejudges;

	AuthoringPagesController(Authoring authoring, Archives archives, ProblemRejudges rejudges) {
		this.authoring = authoring;
		this.archives = archives;
		this.rejudges = rejudges;
	}

	@GetMapping
	String list(CurrentUser user, Model model) {
		return listPage(Author.of(user), model, Map.of(), "", KINDS.get(0), "");
	}

	@PostMapping
	String create(CurrentUser user, @RequestParam(defaultValue = "") String slug,
			@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String title, Model model,
			HttpServletResponse response) {
		Author me = Author.of(user);
		Map<String, String> problems = this.authoring.create(me, slug, kind, title);
		if (problems.isEmpty()) {
			return "redirect:/authoring/" + slug.strip() + "/edit?created";
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return listPage(me, model, problems, slug, kind, title);
	}

	private String listPage(Author me, Model model, Map<String, String> problems, String slug, String kind,
			String title) {
		model.addAttribute("problems", this.authoring.list(me));
		model.addAttribute("admin", me.admin());
		model.addAttribute("kinds", KINDS);
		model.addAttribute("errors", problems);
		model.addAttribute("newSlug", slug);
		model.addAttribute("newKind", kind);
		model.addAttribute("newTitle", title);
		return "authoring/list";
	}

	@PostMapping("/start")
	String startBySlug(CurrentUser user, @RequestParam(defaultValue = "") String slug) {
		return start(user, slug.strip());
	}

	@PostMapping("/{slug}/start")
	String start(CurrentUser user, @PathVariable String slug) {
		this.authoring.startFromCatalog(Author.of(user), slug);
		return "redirect:/authoring/" + slug + "/edit";
	}

	@GetMapping("/{slug}/edit")
	String edit(CurrentUser user, @PathVariable String slug, Model model) {
		Author me = Author.of(user);
		Authoring.Editing editing = this.authoring.open(me, slug);
		List<String> warnings = new java.util.ArrayList<>();
		ProblemForm form = ProblemFormReader.read(editing.draft().files(), warnings);
		return editPage(me, editing, form, warnings, model);
	}

	@PostMapping("/{slug}/edit")
	String save(CurrentUser user, @PathVariable String slug, @ModelAttribute("form") ProblemForm form,
			@RequestParam(defaultValue = "save") String action, Model model, HttpServletResponse response) {
		Author me = Author.of(user);
		List<String> errors = this.authoring.save(me, slug, form);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("formErrors", errors);
			return editPage(me, this.authoring.open(me, slug), form, List.of(), model);
		}
		if ("validate".equals(action)) {
			this.authoring.validate(me, slug);
			return "redirect:/authoring/" + slug + "/edit?validated";
		}
		return "redirect:/authoring/" + slug + "/edit?saved";
	}

	private String editPage(Author me, Authoring.Editing editing, ProblemForm form, List<String> warnings,
			Model model) {
		model.addAttribute("editing", editing);
		model.addAttribute("form", form);
		model.addAttribute("warnings", warnings);
		model.addAttribute("admin", me.admin());
		model.addAttribute("kinds", KINDS);
		model.addAttribute("checkers", CheckerType.values());
		model.addAttribute("metrics", CheckerType.METRIC.parameter("metric").orElseThrow().choices());
		model.addAttribute("verdicts", VERDICTS);
		return "authoring/edit";
	}

	/**
	 * Validates the draft as stored, without saving the form (the editor's button saves
	 * first).
	 */
	@PostMapping("/{slug}/validate")
	String validate(CurrentUser user, @PathVariable String slug) {
		this.authoring.validate(Author.of(user), slug);
		return "redirect:/authoring/" + slug + "/edit?validated";
	}

	@PostMapping("/{slug}/publish")
	String publish(CurrentUser user, @PathVariable String slug, RedirectAttributes redirect) {
		try {
			Authoring.Published published = this.authoring.publish(Author.of(user), slug);
			return "redirect:/authoring/" + slug + "/edit?published=" + published.version()
					+ (published.judgingChanged() ? "&judgingChanged" : "");
		}
		catch (AuthoringException ex) {
			if (ex.reason() != Refusal.Reason.CONFLICT) {
				throw ex;
			}
			redirect.addFlashAttribute("error", ex.detail());
			return "redirect:/authoring/" + slug + "/edit";
		}
	}

	@PostMapping("/{slug}/rejudge")
	String rejudge(CurrentUser user, @PathVariable String slug) {
		int queued = this.rejudges.rejudge(Author.of(user), slug);
		return "redirect:/authoring/" + slug + "/edit?rejudging=" + queued;
	}

	@GetMapping("/{slug}/rejudge-progress")
	String rejudgeProgress(CurrentUser user, @PathVariable String slug, Model model) {
		this.authoring.open(Author.of(user), slug);
		model.addAttribute("slug", slug);
		model.addAttribute("pending", this.rejudges.pending(slug));
		return "authoring/parts :: rejudge-progress";
	}

	/** The server renders the preview with the same Markdown the problem pages use. */
	@PostMapping("/preview")
	@ResponseBody
	String preview(@RequestParam Map<String, String> fields, @RequestParam(defaultValue = "statement") String field) {
		String markdown = fields.getOrDefault(field, "");
		String html = Markdown.toHtml(markdown);
		return "<div class=\"statement markdown\">"
				+ (markdown.isBlank() ? "<p class=\"text-muted\">Nothing to preview yet.</p>" : html) + "</div>";
	}

	@GetMapping("/{slug}/export.zip")
	ResponseEntity<byte[]> export(CurrentUser user, @PathVariable String slug) {
		return zip(slug + ".zip", ProblemArchive.toBytes(this.archives.one(Author.of(user), slug)));
	}

	static ResponseEntity<byte[]> zip(String name, byte[] bytes) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(bytes);
	}

}
