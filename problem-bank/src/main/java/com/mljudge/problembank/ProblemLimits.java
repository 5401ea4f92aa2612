package com.mljudge.problembank;

/**
 * Per-problem overrides of the judge's limits; a null field means "use the judge's
 * default".
 */
public record ProblemLimits(Long cpuMillisPerTest, Long wallMillisPerSubmission, Integer memoryMb) {

	static final ProblemLimits DEFAULTS = new ProblemLimits(null, null, null);

}
