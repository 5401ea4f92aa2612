package com.mljudge.judge.internal.sandbox;

/**
 * The judge's kill error. An {@link Error} so ordinary {@code catch (Exception)} does not
 * see it, and in a package user code may not name, so {@code catch (BudgetExceeded)}
 * cannot be written; the handler guard rethrows it from {@code catch (Throwable)} and
 * {@code finally}.
 */
public final class BudgetExceeded extends Error {

	private static final long serialVersionUID = 1L;

	private final transient KillReason reason;

	BudgetExceeded(KillReason reason) {
		// No stack trace: it is thrown from deep recursion and must stay cheap.
		super(reason.name(), null, false, false);
		this.reason = reason;
	}

	public KillReason reason() {
		return this.reason;
	}

}
