package com.mljudge.authoring.internal;

import com.mljudge.submissions.Rejudging;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin re-judges a problem's submissions after publishing a version that may judge
 * differently.
 */
@Service
class ProblemRejudges {

	private final Rejudging rejudging;

	private final AuditLog audit;

	ProblemRejudges(Rejudging rejudging, AuditLog audit) {
		this.rejudging = rejudging;
		this.audit = audit;
	}

	@Transactional
	int rejudge(Author me, String slug) {
		if (!me.admin()) {
			throw AuthoringException.adminOnly("rejudge submissions");
		}
		int queued = this.rejudging.rejudgeProblem(slug);
		this.audit.record(me.username(), "rejudge", slug, queued + " submissions queued again");
		return queued;
	}

	int pending(String slug) {
		return this.rejudging.progress(slug).pending();
	}

}
