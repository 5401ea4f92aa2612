package com.mljudge.judge;

/**
 * Health of a {@link Judge}: DOWN once a sandbox thread refused to die, so a supervisor
 * restarts the worker.
 */
public record JudgeHealth(boolean up, int leakedThreads, long judged) {
}
