package com.mljudge.judge.internal.run;

import java.util.List;

import com.mljudge.judge.internal.sandbox.KillReason;

/**
 * How one call into user code ended, already rendered into server-safe values.
 */
public sealed interface CallOutcome {

	/** The method returned; {@code value} is a boundary-safe copy. */
	record Returned(Object value) implements CallOutcome {
	}

	/** The method threw; message and frames were rendered inside the sandbox. */
	record Threw(String exception, String message, List<String> frames) implements CallOutcome {

		public String describe() {
			StringBuilder text = new StringBuilder(this.exception);
			if (this.message != null) {
				text.append(": ").append(this.message);
			}
			for (String frame : this.frames) {
				text.append("\n    at ").append(frame);
			}
			return text.toString();
		}

	}

	/**
	 * The judge stopped it; {@code leaked} when the thread would not die within the grace
	 * period.
	 */
	record Killed(KillReason reason, boolean leaked) implements CallOutcome {
	}

}
