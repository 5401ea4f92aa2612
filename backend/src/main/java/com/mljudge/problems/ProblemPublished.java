package com.mljudge.problems;

/**
 * A new version of a problem went live in the catalog (published in the browser).
 * Published after the version is stored, in its transaction; modules that keep their own
 * copy of problems reload it.
 */
public record ProblemPublished(String slug, int version) {
}
