package com.mljudge.judge;

/**
 * Health of a {@link Judge}: DOWN while more than four sandbox threads that refused to
 * stop are still running, so a supervisor restarts the instance; {@code leakedThreads}
 * counts those still running.
 */
public record JudgeHealth(boolean up, int leakedThreads, long judged) {
}
