package com.mljudge.judge.internal.sandbox;

/**
 * Why the judge stopped a sandbox thread.
 */
public enum KillReason {

	CPU_TIME, WALL_TIME, MEMORY, OUTPUT, OUTSIDE_SANDBOX

}
