package com.mljudge.authoring.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import com.mljudge.accounts.AccountRoles;
import com.mljudge.accounts.CurrentUser;
import com.mljudge.accounts.Role;
import com.mljudge.refusals.Refusal;
import com.mljudge.problembank.ProblemArchive;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin pages (the security chain admits ADMIN only): users and roles, the audit log,
 * bank import and export.
 */
@Controller
@RequestMapping("/admin")
class AdminPagesController {

	private final AccountRoles roles;

	private final AuditLog audit;

	private final Archives archives;

	AdminPagesController(AccountRoles roles, AuditLog audit, Archives archives) {
		this.roles = roles;
		this.audit = audit;
		this.archives = archives;
	}

	@GetMapping("/users")
	String users(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("members", this.roles.members(q, 200));
		model.addAttribute("q", q);
		model.addAttribute("roles", Arrays.stream(Role.values()).filter((r) -> r != Role.USER).toList());
		return "admin/users";
	}

	@PostMapping("/users/{username}/roles")
	@Transactional
	String changeRole(CurrentUser user, @PathVariable String username, @RequestParam String role,
			@RequestParam boolean grant, RedirectAttributes redirect) {
		Role changed;
		try {
			changed = Role.valueOf(role);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", "There is no role '" + role + "'.");
			return "redirect:/admin/users";
		}
		if (this.roles.member(username).isEmpty()) {
			redirect.addFlashAttribute("error", "There is no account '" + username + "'.");
			return "redirect:/admin/users";
		}
		try {
			boolean done = grant ? this.roles.grant(username, changed) : this.roles.revoke(username, changed);
			if (done) {
				this.audit.record(user.name(), grant ? "grant role" : "revoke role", username, changed.name());
			}
			redirect.addFlashAttribute("message", (grant ? "Granted " : "Revoked ") + changed.name()
					+ (grant ? " to " : " from ") + username + ". It applies from their next sign-in.");
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/admin/users?q="
				+ java.net.URLEncoder.encode(username, java.nio.charset.StandardCharsets.UTF_8);
	}

	@GetMapping("/audit")
	String audit(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("entries", this.audit.recent(q, 500));
		model.addAttribute("q", q);
		return "admin/audit";
	}

	@GetMapping("/bank/export.zip")
	ResponseEntity<byte[]> exportBank() {
		return AuthoringPagesController.zip("problem-bank.zip", ProblemArchive.toBytes(this.archives.liveBank()));
	}

	@GetMapping("/import")
	String importPage() {
		return "admin/import";
	}

	@PostMapping("/import")
	String importArchive(CurrentUser user, @RequestParam(name = "archive", required = false) MultipartFile archive,
			Model model, jakarta.servlet.http.HttpServletResponse response) throws IOException {
		byte[] bytes = new byte[0];
		if (archive != null && !archive.isEmpty()) {
			Archives.checkSize(archive.getSize());
			bytes = archive.getBytes();
		}
		Archives.Imported imported = this.archives.importArchive(Author.of(user), bytes);
		if (imported.refused()) {
			response.setStatus(422);
		}
		model.addAttribute("imported", imported);
		model.addAttribute("errors", imported.errors().subList(0, Math.min(200, imported.errors().size())));
		return "admin/import";
	}

}
