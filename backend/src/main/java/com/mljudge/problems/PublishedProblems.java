package com.mljudge.problems;

import java.util.List;
import java.util.Optional;

/**
 * Problems published in the browser, each at its latest version. The catalog owns this
 * interface and overlays the bank with what it returns; the authoring module implements
 * it, so the catalog does not depend on authoring.
 */
public interface PublishedProblems {

	/** The latest published version of the problem, if it was ever published. */
	Optional<ProblemVersion> latest(String slug);

	/** The latest version of every published problem. */
	List<ProblemVersion> all();

}
