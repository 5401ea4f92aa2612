package com.mljudge.problems;

import java.util.Set;

/**
 * Which problems a user has solved or tried, for the catalog's status filter. Implemented
 * where the submissions are kept, so the catalog does not depend on them.
 */
public interface ProblemProgress {

	/** Slugs with an accepted submission. */
	Set<String> solved(String username);

	/** Slugs with at least one submission, solved or not. */
	Set<String> attempted(String username);

}
