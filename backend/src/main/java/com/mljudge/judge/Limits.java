package com.mljudge.judge;

/**
 * Resource limits of one submission run; the defaults can be overridden per problem.
 */
public record Limits(long cpuMillisPerTest, long wallMillisPerSubmission, long allocationBytes, int stackBytes,
		int outputBytes) {

	public static Limits defaults() {
		return new Limits(1_000, 15_000, 256L << 20, 8 << 20, 64 << 10);
	}

	public Limits withCpuMillisPerTest(long millis) {
		return new Limits(millis, wallMillisPerSubmission, allocationBytes, stackBytes, outputBytes);
	}

	public Limits withWallMillisPerSubmission(long millis) {
		return new Limits(cpuMillisPerTest, millis, allocationBytes, stackBytes, outputBytes);
	}

	public Limits withAllocationBytes(long bytes) {
		return new Limits(cpuMillisPerTest, wallMillisPerSubmission, bytes, stackBytes, outputBytes);
	}

	public Limits withOutputBytes(int bytes) {
		return new Limits(cpuMillisPerTest, wallMillisPerSubmission, allocationBytes, stackBytes, bytes);
	}

}
