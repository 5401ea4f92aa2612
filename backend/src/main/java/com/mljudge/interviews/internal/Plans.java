package com.mljudge.interviews.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mljudge.accounts.AccountRoles;
import com.mljudge.interviews.internal.InterviewRequest.PlanItem;
import com.mljudge.interviews.internal.ItemStore.PlannedItem;
import com.mljudge.interviews.internal.TemplateStore.Template;
import com.mljudge.leaderboards.TeamMemberships;
import com.mljudge.leaderboards.TeamMemberships.Membership;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning: interviewers (the INTERVIEWER role, or a team's owner for their team) create
 * interviews and templates; a candidate claims an invite.
 */
@Service
class Plans {

	private static final String CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final SecureRandom random = new SecureRandom();

	private final InterviewStore interviews;

	private final ItemStore items;

	private final TemplateStore templates;

	private final PlanCheck check;

	private final AccountRoles accounts;

	private final TeamMemberships teams;

	Plans(InterviewStore interviews, ItemStore items, TemplateStore templates, PlanCheck check, AccountRoles accounts,
			TeamMemberships teams) {
		this.interviews = interviews;
		this.items = items;
		this.templates = templates;
		this.check = check;
		this.accounts = accounts;
		this.teams = teams;
	}

	/**
	 * The team an interviewer plans for: the one they are in. Someone without the role
	 * plans only as the owner of a team.
	 */
	Long planningTeam(String creator, boolean interviewerRole) {
		Optional<Membership> team = this.teams.teamOf(creator);
		if (!interviewerRole && (team.isEmpty() || !team.get().ownedBy(creator))) {
			throw InterviewRefusals
				.forbidden("Interviews are planned by interviewers and by team owners for their team.");
		}
		return team.map(Membership::teamId).orElse(null);
	}

	boolean mayPlan(String username, boolean interviewerRole) {
		return interviewerRole || this.teams.teamOf(username).filter((t) -> t.ownedBy(username)).isPresent();
	}

	@Transactional
	Interview create(InterviewRequest request, String creator, boolean interviewerRole, Instant now) {
		Long team = planningTeam(creator, interviewerRole);
		Map<String, String> errors = new LinkedHashMap<>();
		String title = (request.title() != null) ? request.title().strip() : "";
		if (title.isEmpty() || title.length() > 200) {
			errors.put("title", "A title has 1 to 200 characters.");
		}
		List<PlanItem> planItems = request.items();
		if (request.template() != null) {
			Template template = usableTemplate(request.template(), creator, team);
			planItems = template.items();
		}
		List<PlannedItem> planned = this.check.items(planItems, errors);
		String candidate = null;
		boolean invite = Boolean.TRUE.equals(request.invite());
		if (!invite) {
			candidate = member(request.candidate());
			if (candidate == null) {
				errors.put("candidate", "Name the candidate's account, or ask for an invite link (invite: true).");
			}
		}
		List<String> interviewers = new ArrayList<>(List.of(creator));
		for (String name : (request.interviewers() != null) ? request.interviewers() : List.<String>of()) {
			String found = member(name);
			if (found == null) {
				errors.put("interviewers", "There is no account '" + name + "'.");
			}
			else if (interviewers.stream().noneMatch(found::equalsIgnoreCase)) {
				interviewers.add(found);
			}
		}
		if (candidate != null && interviewers.stream().anyMatch(candidate::equalsIgnoreCase)) {
			errors.put("candidate", "The candidate cannot also interview.");
		}
		int minutes = (request.durationMinutes() != null) ? request.durationMinutes() : PlanCheck.totalMinutes(planned);
		if (minutes < 1 || minutes > 600) {
			errors.put("durationMinutes", "An interview lasts 1 to 600 minutes.");
		}
		Rubric rubric = Rubric.defaults();
		if (request.rubric() != null) {
			try {
				rubric = Rubric.checked(request.rubric());
			}
			catch (IllegalArgumentException ex) {
				errors.put("rubric", ex.getMessage());
			}
		}
		if (!errors.isEmpty()) {
			throw InterviewRefusals.invalid(errors);
		}
		Instant startsAt = (request.startsAt() != null) ? request.startsAt() : now;
		long id = this.interviews.insert(new InterviewStore.NewInterview(title, team, creator, candidate,
				invite ? newCode() : null, false, startsAt, minutes, rubric, interviewers));
		this.items.insert(id, planned);
		return this.interviews.find(id).orElseThrow();
	}

	@Transactional
	Template saveTemplate(String name, Integer durationMinutes, List<PlanItem> planItems, String creator,
			boolean interviewerRole) {
		Long team = planningTeam(creator, interviewerRole);
		Map<String, String> errors = new LinkedHashMap<>();
		String cleaned = (name != null) ? name.strip() : "";
		if (cleaned.isEmpty() || cleaned.length() > 120) {
			errors.put("name", "A template's name has 1 to 120 characters.");
		}
		List<PlannedItem> planned = this.check.items(planItems, errors);
		int minutes = (durationMinutes != null) ? durationMinutes : PlanCheck.totalMinutes(planned);
		if (minutes < 1 || minutes > 600) {
			errors.put("durationMinutes", "An interview lasts 1 to 600 minutes.");
		}
		if (!errors.isEmpty()) {
			throw InterviewRefusals.invalid(errors);
		}
		List<PlanItem> stored = planned.stream().map((p) -> new PlanItem(p.problem(), p.minutes())).toList();
		long id = this.templates.insert(cleaned, creator, team, minutes, stored, null);
		return this.templates.find(id).orElseThrow();
	}

	List<Template> templates(String username) {
		return this.templates.usableBy(username, this.teams.teamOf(username).map(Membership::teamId).orElse(null));
	}

	Template usableTemplate(long id, String username, Long team) {
		return this.templates.find(id)
			.filter((t) -> t.createdBy().equalsIgnoreCase(username) || (t.teamId() != null && t.teamId().equals(team)))
			.orElseThrow(() -> InterviewRefusals.bad("There is no template " + id + " you may use."));
	}

	/**
	 * Makes the signed-in person the candidate of the interview behind the code; answers
	 * the interview's id.
	 */
	@Transactional
	long claim(String code, String username) {
		Interview interview = this.interviews.byInvite(code)
			.orElseThrow(() -> InterviewRefusals.bad("This invite link is not valid."));
		if (interview.hasCandidate(username)) {
			return interview.id();
		}
		if (interview.candidate() != null) {
			throw InterviewRefusals.conflict("Someone already accepted this invite.");
		}
		if (interview.hasInterviewer(username)) {
			throw InterviewRefusals.conflict("An interviewer cannot be the candidate of their own interview.");
		}
		this.interviews.claim(interview.id(), username);
		return interview.id();
	}

	List<Item> items(long id) {
		return this.items.items(id);
	}

	/** The account's name as registered, or null when there is none. */
	private String member(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		return this.accounts.member(name.strip()).map(AccountRoles.Member::username).orElse(null);
	}

	private String newCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 24; i++) {
			code.append(CODE_ALPHABET.charAt(this.random.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

}
