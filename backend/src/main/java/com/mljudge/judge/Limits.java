package com.mljudge.judge;

/**
 * Resource limits of one submission run; the defaults can be overridden per problem.
 * {@code memoryBytes} is the most the solution may hold at once (live heap), not what it
 * allocates: see MEMORY.md.
 */
public record Limits(long cpuMillisPerTest, long wallMillisPerSubmission, long memoryBytes, int stackBytes,
		int outputBytes) {

	public static Limits defaults() {
		return new Limits(1_000, 15_000, 256L << 20, 8 << 20, 64 << 10);
	}

	public Limits withCpuMillisPerTest(long millis) {
		return new Limits(millis, wallMillisPerSubmission, memoryBytes, stackBytes, outputBytes);
	}

	public Limits withWallMillisPerSubmission(long millis) {
		return new Limits(cpuMillisPerTest, millis, memoryBytes, stackBytes, outputBytes);
	}

	public Limits withMemoryBytes(long bytes) {
		return new Limits(cpuMillisPerTest, wallMillisPerSubmission, bytes, stackBytes, outputBytes);
	}

	public Limits withOutputBytes(int bytes) {
		return new Limits(cpuMillisPerTest, wallMillisPerSubmission, memoryBytes, stackBytes, bytes);
	}

}
