package com.mljudge.problems.internal;

import java.util.List;

import com.mljudge.problems.ProblemCatalog;
import com.mljudge.problems.ProblemVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the catalog table in line with the bank and the published versions at start-up.
 * Rows are only rewritten when a problem's content changed, so restarts are cheap and
 * several instances can start at once.
 */
@Component
class CatalogRefresh implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CatalogRefresh.class);

	private final ProblemCatalog catalog;

	CatalogRefresh(ProblemCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		int changed = 0;
		List<ProblemVersion> all = this.catalog.all();
		for (ProblemVersion problem : all) {
			changed += this.catalog.index(problem.problem());
		}
		log.info("Problem catalog: {} problems, {} added or updated", all.size(), changed);
	}

}
