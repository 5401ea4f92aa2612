package com.mljudge.judge;

/**
 * Decides whether a user's output for one test is acceptable. Checkers run on server
 * threads and only ever see primitives, boxed numbers, Strings and arrays of those.
 */
@FunctionalInterface
public interface Checker {

	CheckOutcome check(TestCase test, Object expected, Object actual);

}
