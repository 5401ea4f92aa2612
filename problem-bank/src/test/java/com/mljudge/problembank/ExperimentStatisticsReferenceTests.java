package com.mljudge.problembank;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The A/B-test reference against Commons Math: the pooled z statistic squared is
 * Pearson's chi-square on the 2 x 2 table, and the sample size gives exactly the
 * requested power.
 */
class ExperimentStatisticsReferenceTests {

	@ParameterizedTest
	@CsvSource({ "200, 2000, 260, 2000", "100, 1000, 112, 1000", "45, 300, 600, 5000", "12, 100000, 25, 100000" })
	void zSquaredIsThePearsonChiSquareOfTheContingencyTable(int convA, int nA, int convB, int nB) {
		double[] result = (double[]) References.call("two-proportion-z-test", convA, nA, convB, nB, 1.96, 0.8416);
		long[][] table = { { convA, nA - convA }, { convB, nB - convB } };
		assertThat(result[0] * result[0]).isCloseTo(new ChiSquareTest().chiSquare(table),
				within(1e-9 * (1 + result[0] * result[0])));
		assertThat(result[1]).isEqualTo(Math.abs(result[0]) > 1.96 ? 1.0 : 0.0);
	}

	@ParameterizedTest
	@CsvSource({ "200, 2000, 260, 2000, 1.959963984540054, 0.8416212335729143",
			"1000, 20000, 1100, 20000, 2.5758293035489004, 1.2815515655446004" })
	void sampleSizeGivesTheRequestedPower(int convA, int nA, int convB, int nB, double zAlpha, double zBeta) {
		double[] result = (double[]) References.call("two-proportion-z-test", convA, nA, convB, nB, zAlpha, zBeta);
		double pA = (double) convA / nA, pB = (double) convB / nB, m = (pA + pB) / 2;
		NormalDistribution normal = new NormalDistribution();
		double power = normal
			.cumulativeProbability((Math.abs(pB - pA) * Math.sqrt(result[2]) - zAlpha * Math.sqrt(2 * m * (1 - m)))
					/ Math.sqrt(pA * (1 - pA) + pB * (1 - pB)));
		assertThat(power).isCloseTo(normal.cumulativeProbability(zBeta), within(1e-9));
	}

}
