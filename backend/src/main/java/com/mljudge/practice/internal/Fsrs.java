package com.mljudge.practice.internal;

import java.util.List;

/**
 * The FSRS-6 scheduler (Free Spaced Repetition Scheduler, open-spaced-repetition),
 * day-based and without learning steps or fuzz: every answer moves the card straight to a
 * whole number of days. Plain Java so it can be checked against the published formulas
 * without Spring.
 */
final class Fsrs {

	/** The 21 default FSRS-6 parameters. */
	static final List<Double> DEFAULT_WEIGHTS = List.of(0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,
			1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

	static final double MIN_STABILITY = 0.001;

	static final int MAX_INTERVAL_DAYS = 36_500;

	private final double[] w;

	private final double desiredRetention;

	private final double decay;

	private final double factor;

	Fsrs(List<Double> weights, double desiredRetention) {
		if (weights.size() != 21) {
			throw new IllegalArgumentException("FSRS-6 needs 21 weights, got " + weights.size());
		}
		if (!(desiredRetention > 0 && desiredRetention < 1)) {
			throw new IllegalArgumentException("desired retention must be in (0, 1), got " + desiredRetention);
		}
		this.w = weights.stream().mapToDouble(Double::doubleValue).toArray();
		this.desiredRetention = desiredRetention;
		this.decay = -this.w[20];
		// Chosen so that R(S, S) = 0.9: stability is the interval at which recall drops
		// to 90%.
		this.factor = Math.pow(0.9, 1 / this.decay) - 1;
	}

	static Fsrs withDefaults() {
		return new Fsrs(DEFAULT_WEIGHTS, 0.9);
	}

	/** Probability of recall {@code elapsedDays} after the last review. */
	double retrievability(double elapsedDays, double stability) {
		return Math.pow(1 + this.factor * Math.max(0, elapsedDays) / stability, this.decay);
	}

	/**
	 * Days until retrievability falls to the desired retention, rounded, at least one.
	 */
	int intervalDays(double stability) {
		double days = stability / this.factor * (Math.pow(this.desiredRetention, 1 / this.decay) - 1);
		return (int) Math.min(MAX_INTERVAL_DAYS, Math.max(1, Math.round(days)));
	}

	/** The memory after the first review of a new card. */
	Memory first(Grade grade) {
		return new Memory(Math.max(MIN_STABILITY, this.w[grade.rating() - 1]),
				clampDifficulty(initialDifficulty(grade)));
	}

	/**
	 * The memory after reviewing a card {@code elapsedDays} after its previous review.
	 */
	Memory next(Memory memory, double elapsedDays, Grade grade) {
		double stability;
		if (elapsedDays < 1) {
			stability = shortTermStability(memory.stability(), grade);
		}
		else {
			double r = retrievability(elapsedDays, memory.stability());
			stability = (grade == Grade.AGAIN) ? forgetStability(memory, r) : recallStability(memory, r, grade);
		}
		return new Memory(Math.max(MIN_STABILITY, stability), nextDifficulty(memory.difficulty(), grade));
	}

	private double initialDifficulty(Grade grade) {
		return this.w[4] - Math.exp(this.w[5] * (grade.rating() - 1)) + 1;
	}

	private double nextDifficulty(double difficulty, Grade grade) {
		double delta = -this.w[6] * (grade.rating() - 3);
		// Linear damping: changes shrink as difficulty approaches its ceiling of 10.
		double damped = difficulty + delta * (10 - difficulty) / 9;
		// Mean reversion towards the (unclamped) initial difficulty of an Easy card.
		double reverted = this.w[7] * initialDifficulty(Grade.EASY) + (1 - this.w[7]) * damped;
		return clampDifficulty(reverted);
	}

	private double recallStability(Memory memory, double r, Grade grade) {
		double hardPenalty = (grade == Grade.HARD) ? this.w[15] : 1;
		double easyBonus = (grade == Grade.EASY) ? this.w[16] : 1;
		return memory.stability()
				* (1 + Math.exp(this.w[8]) * (11 - memory.difficulty()) * Math.pow(memory.stability(), -this.w[9])
						* (Math.exp((1 - r) * this.w[10]) - 1) * hardPenalty * easyBonus);
	}

	private double forgetStability(Memory memory, double r) {
		double longTerm = this.w[11] * Math.pow(memory.difficulty(), -this.w[12])
				* (Math.pow(memory.stability() + 1, this.w[13]) - 1) * Math.exp((1 - r) * this.w[14]);
		double shortTerm = memory.stability() / Math.exp(this.w[17] * this.w[18]);
		return Math.min(longTerm, shortTerm);
	}

	private double shortTermStability(double stability, Grade grade) {
		double increase = Math.exp(this.w[17] * (grade.rating() - 3 + this.w[18])) * Math.pow(stability, -this.w[19]);
		if (grade == Grade.GOOD || grade == Grade.EASY) {
			increase = Math.max(increase, 1);
		}
		return stability * increase;
	}

	private static double clampDifficulty(double difficulty) {
		return Math.min(10, Math.max(1, difficulty));
	}

}
