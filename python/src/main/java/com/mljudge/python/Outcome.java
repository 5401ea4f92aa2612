package com.mljudge.python;

import com.mljudge.judge.Verdict;

/** What one call of the solution came to. */
sealed interface Outcome {

	/** It returned this Java value (already converted to the entry's type). */
	record Returned(Object value) implements Outcome {
	}

	/**
	 * It ended with a verdict of its own: an exception (RUNTIME_ERROR), a result of the
	 * wrong type (WRONG_ANSWER), a refused import at load (REJECTED), a MemoryError
	 * (MEMORY_LIMIT_EXCEEDED); {@code line} is the solution's line, 0 when unknown.
	 */
	record Failed(Verdict verdict, String message, int line) implements Outcome {
	}

	/**
	 * The judge stopped it; {@code leaked} when its thread would not stop within the
	 * grace period.
	 */
	record Killed(Verdict verdict, String message, boolean leaked) implements Outcome {
	}

}
