package com.mljudge.leaderboards.internal;

import com.mljudge.accounts.CurrentUser;

import com.mljudge.refusals.Refusal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A team's page and the forms around it: create, join by invite link, leave, replace the
 * invite code.
 */
@Controller
class TeamPagesController {

	private final Teams teams;

	TeamPagesController(Teams teams) {
		this.teams = teams;
	}

	@GetMapping("/teams/{id}")
	String team(@PathVariable long id, Model model) {
		model.addAttribute("inviteBase", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
		model.addAttribute("team",
				this.teams.find(id).orElseThrow(() -> Refusal.unknown("Unknown team", "No team " + id)));
		return "leaderboards/team";
	}

	@PostMapping("/teams")
	String create(@RequestParam(required = false) String name, CurrentUser user, RedirectAttributes redirect) {
		try {
			long id = this.teams.create(user.name(), name);
			redirect.addFlashAttribute("message", "Team created. Share the invite link below with your teammates.");
			return "redirect:/teams/" + id;
		}
		catch (TeamRefusal ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			redirect.addFlashAttribute("name", name);
			return "redirect:/leaderboards/teams";
		}
	}

	/** The invite link: shows which team it opens and asks before joining. */
	@GetMapping("/teams/join/{code}")
	String invitation(@PathVariable String code, CurrentUser user, Model model) {
		model.addAttribute("code", code);
		model.addAttribute("team", this.teams.byCode(code).orElse(null));
		model.addAttribute("current", this.teams.teamOf(user.name()).flatMap(this.teams::find).orElse(null));
		return "leaderboards/join";
	}

	@PostMapping("/teams/join/{code}")
	String join(@PathVariable String code, CurrentUser user, RedirectAttributes redirect, Model model) {
		try {
			long id = this.teams.join(user.name(), code);
			redirect.addFlashAttribute("message", "Welcome to the team.");
			return "redirect:/teams/" + id;
		}
		catch (TeamRefusal ex) {
			model.addAttribute("error", ex.getMessage());
			return invitation(code, user, model);
		}
	}

	@PostMapping("/teams/{id}/leave")
	String leave(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
		try {
			this.teams.leave(user.name(), id);
			redirect.addFlashAttribute("message", "You left the team.");
			return "redirect:/leaderboards/teams";
		}
		catch (TeamRefusal ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/teams/" + id;
		}
	}

	@PostMapping("/teams/{id}/invite")
	String regenerate(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
		this.teams.regenerateCode(user.name(), id);
		redirect.addFlashAttribute("message", "New invite code ready: the old link no longer works.");
		return "redirect:/teams/" + id;
	}

}
