package com.mljudge.practice.internal;

import com.mljudge.refusals.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * FSRS-6 against its published defaults and formulas. Expected values are computed here
 * from the paper's formulas with the default weights written out as literals,
 * independently of {@link Fsrs}'s code paths.
 */
class FsrsTests {

	private static final double W20 = 0.1542;

	private static final double FACTOR = Math.pow(0.9, -1 / W20) - 1;

	private final Fsrs fsrs = Fsrs.withDefaults();

	@Test
	void defaultWeightsAreThe21PublishedFsrs6Parameters() {
		assertThat(Fsrs.DEFAULT_WEIGHTS).containsExactly(0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,
				1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);
	}

	@Test
	void firstReviewStabilityIsTheGradesInitialWeight() {
		assertThat(this.fsrs.first(Grade.AGAIN).stability()).isEqualTo(0.212);
		assertThat(this.fsrs.first(Grade.HARD).stability()).isEqualTo(1.2931);
		assertThat(this.fsrs.first(Grade.GOOD).stability()).isEqualTo(2.3065);
		assertThat(this.fsrs.first(Grade.EASY).stability()).isEqualTo(8.2956);
	}

	@Test
	void firstReviewDifficultyFollowsTheInitialDifficultyFormulaClampedToOneToTen() {
		// D0(G) = w4 - e^(w5 * (G - 1)) + 1
		assertThat(this.fsrs.first(Grade.AGAIN).difficulty()).isCloseTo(6.4133, within(1e-12));
		assertThat(this.fsrs.first(Grade.HARD).difficulty()).isCloseTo(6.4133 - Math.exp(0.8334) + 1, within(1e-12));
		assertThat(this.fsrs.first(Grade.GOOD).difficulty()).isCloseTo(2.118103970459016, within(1e-9));
		assertThat(this.fsrs.first(Grade.EASY).difficulty()).isEqualTo(1.0);
	}

	@Test
	void forgettingCurveGivesNinetyPercentAfterOneStability() {
		for (double s : new double[] { 0.5, 2.3065, 10, 365 }) {
			assertThat(this.fsrs.retrievability(s, s)).isCloseTo(0.9, within(1e-12));
		}
		assertThat(this.fsrs.retrievability(0, 5)).isEqualTo(1.0);
		assertThat(this.fsrs.retrievability(7, 3)).isCloseTo(Math.pow(1 + FACTOR * 7 / 3, -W20), within(1e-12));
		assertThat(FACTOR).isCloseTo(0.98035, within(1e-5));
	}

	@Test
	void intervalAtDesiredRetentionNinetyPercentEqualsStabilityRounded() {
		assertThat(this.fsrs.intervalDays(2.3065)).isEqualTo(2);
		assertThat(this.fsrs.intervalDays(8.2956)).isEqualTo(8);
		assertThat(this.fsrs.intervalDays(45.6)).isEqualTo(46);
		assertThat(this.fsrs.intervalDays(0.212)).as("never less than a day").isEqualTo(1);
		assertThat(this.fsrs.intervalDays(1e9)).isEqualTo(Fsrs.MAX_INTERVAL_DAYS);
	}

	@Test
	void lowerDesiredRetentionGivesLongerIntervals() {
		Fsrs relaxed = new Fsrs(Fsrs.DEFAULT_WEIGHTS, 0.8);
		double expected = 10 / FACTOR * (Math.pow(0.8, -1 / W20) - 1);
		assertThat(relaxed.intervalDays(10)).isEqualTo(Math.round(expected)).isGreaterThan(10);
	}

	@Test
	void goodGoodAgainSequenceMatchesTheFormulasStepByStep() {
		// Day 0: first review, Good.
		double s0 = 2.3065;
		double d0 = 6.4133 - Math.exp(0.8334 * 2) + 1;
		Memory m0 = this.fsrs.first(Grade.GOOD);
		assertThat(this.fsrs.intervalDays(m0.stability())).isEqualTo(2);

		// Day 2: Good on time. S' = S (1 + e^w8 (11 - D) S^-w9 (e^((1-R) w10) - 1)); D
		// moves only by mean reversion.
		double r1 = Math.pow(1 + FACTOR * 2 / s0, -W20);
		double s1 = s0 * (1 + Math.exp(1.8722) * (11 - d0) * Math.pow(s0, -0.1666) * (Math.exp((1 - r1) * 0.796) - 1));
		double easyD0 = 6.4133 - Math.exp(0.8334 * 3) + 1;
		double d1 = 0.001 * easyD0 + 0.999 * d0;
		Memory m1 = this.fsrs.next(m0, 2, Grade.GOOD);
		assertThat(m1.stability()).isCloseTo(s1, within(1e-9));
		assertThat(m1.difficulty()).isCloseTo(d1, within(1e-9));
		assertThat(s1).isCloseTo(10.96, within(0.05));
		int interval1 = this.fsrs.intervalDays(m1.stability());
		assertThat(interval1).isEqualTo(Math.round(s1)).isEqualTo(11);

		// Day 13: Good on time again.
		double r2 = Math.pow(1 + FACTOR * interval1 / s1, -W20);
		double s2 = s1 * (1 + Math.exp(1.8722) * (11 - d1) * Math.pow(s1, -0.1666) * (Math.exp((1 - r2) * 0.796) - 1));
		double d2 = 0.001 * easyD0 + 0.999 * d1;
		Memory m2 = this.fsrs.next(m1, interval1, Grade.GOOD);
		assertThat(m2.stability()).isCloseTo(s2, within(1e-9));
		int interval2 = this.fsrs.intervalDays(m2.stability());
		assertThat(interval2).isEqualTo(Math.round(s2)).isGreaterThan(interval1 * 2);

		// Forgotten after the interval: S' = min(w11 D^-w12 ((S+1)^w13 - 1) e^((1-R)
		// w14), S / e^(w17 w18)).
		double r3 = Math.pow(1 + FACTOR * interval2 / s2, -W20);
		double longTerm = 1.4835 * Math.pow(d2, -0.0614) * (Math.pow(s2 + 1, 0.2629) - 1) * Math.exp((1 - r3) * 1.6483);
		double shortTerm = s2 / Math.exp(0.5425 * 0.0912);
		double d2damped = d2 + 2 * 3.0194 * (10 - d2) / 9;
		Memory m3 = this.fsrs.next(m2, interval2, Grade.AGAIN);
		assertThat(m3.stability()).isCloseTo(Math.min(longTerm, shortTerm), within(1e-9)).isLessThan(s2 / 4);
		assertThat(m3.difficulty()).isCloseTo(0.001 * easyD0 + 0.999 * d2damped, within(1e-9));
	}

	@Test
	void sameDayReviewUsesShortTermStability() {
		Memory first = this.fsrs.first(Grade.HARD);
		double increase = Math.exp(0.5425 * (3 - 3 + 0.0912)) * Math.pow(1.2931, -0.0658);
		assertThat(this.fsrs.next(first, 0.2, Grade.GOOD).stability()).isCloseTo(1.2931 * Math.max(1, increase),
				within(1e-12));
		double againIncrease = Math.exp(0.5425 * (1 - 3 + 0.0912)) * Math.pow(1.2931, -0.0658);
		assertThat(this.fsrs.next(first, 0.2, Grade.AGAIN).stability()).isCloseTo(1.2931 * againIncrease,
				within(1e-12));
	}

	@Test
	void betterGradesNeverScheduleSooner() {
		Memory memory = new Memory(12, 5);
		int previous = 0;
		for (Grade grade : Grade.values()) {
			int days = this.fsrs.intervalDays(this.fsrs.next(memory, 12, grade).stability());
			assertThat(days).as(grade.name()).isGreaterThanOrEqualTo(previous);
			previous = days;
		}
	}

	@Test
	void gradesParseCaseInsensitivelyAndRejectOthers() {
		assertThat(Grade.parse(" Good ")).isEqualTo(Grade.GOOD);
		assertThat(Grade.parse("again")).isEqualTo(Grade.AGAIN);
		assertThatExceptionOfType(Refusal.class).isThrownBy(() -> Grade.parse("perfect"))
			.withMessageContaining("again, hard");
		assertThatIllegalArgumentException().isThrownBy(() -> new Fsrs(Fsrs.DEFAULT_WEIGHTS.subList(0, 19), 0.9));
	}

}
