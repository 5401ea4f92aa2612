/**
 * The problem catalog: the problem bank's problems, and how each coding problem is
 * judged.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Problems")
package com.mljudge.problems;
