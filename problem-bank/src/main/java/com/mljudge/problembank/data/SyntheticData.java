package com.mljudge.problembank.data;

import java.util.Random;

/**
 * Seeded synthetic datasets. Everything draws from {@link java.util.Random}, whose
 * algorithms (including nextGaussian) are fixed by its specification, so a seed gives the
 * same numbers on every JDK. Values are rounded to 6 decimals so YAML/JSON dumps and the
 * Java values agree exactly.
 */
public final class SyntheticData {

	private SyntheticData() {
	}

	/**
	 * {@code k} Gaussian blobs in {@code d} dimensions; centres uniform in [-10, 10]^d.
	 */
	public static LabeledData blobs(long seed, int n, int k, int d, double spread) {
		Random random = new Random(seed);
		double[][] centres = new double[k][d];
		for (double[] centre : centres) {
			for (int j = 0; j < d; j++) {
				centre[j] = -10 + 20 * random.nextDouble();
			}
		}
		double[][] x = new double[n][d];
		int[] y = new int[n];
		for (int i = 0; i < n; i++) {
			y[i] = random.nextInt(k);
			for (int j = 0; j < d; j++) {
				x[i][j] = round(centres[y[i]][j] + spread * random.nextGaussian());
			}
		}
		return new LabeledData(x, y);
	}

	/**
	 * {@code y = b + X w + noise}, features uniform in [-5, 5], coefficients uniform in
	 * [-3, 3].
	 */
	public static RegressionData linear(long seed, int n, int d, double noise) {
		Random random = new Random(seed);
		double[] coefficients = new double[d + 1];
		for (int j = 0; j <= d; j++) {
			coefficients[j] = round(-3 + 6 * random.nextDouble());
		}
		double[][] x = new double[n][d];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			double value = coefficients[0];
			for (int j = 0; j < d; j++) {
				x[i][j] = round(-5 + 10 * random.nextDouble());
				value += coefficients[j + 1] * x[i][j];
			}
			y[i] = round(value + noise * random.nextGaussian());
		}
		return new RegressionData(x, y, coefficients);
	}

	/**
	 * Labels drawn from a logistic model: {@code P(y=1) = sigmoid(b + x.w)}, features
	 * standard normal.
	 */
	public static LabeledData logistic(long seed, int n, int d) {
		Random random = new Random(seed);
		double[] w = new double[d + 1];
		for (int j = 0; j <= d; j++) {
			w[j] = -2 + 4 * random.nextDouble();
		}
		double[][] x = new double[n][d];
		int[] y = new int[n];
		for (int i = 0; i < n; i++) {
			double z = w[0];
			for (int j = 0; j < d; j++) {
				x[i][j] = round(random.nextGaussian());
				z += w[j + 1] * x[i][j];
			}
			y[i] = (random.nextDouble() < 1 / (1 + Math.exp(-z))) ? 1 : 0;
		}
		return new LabeledData(x, y);
	}

	/**
	 * Two interleaving half circles (class 0 on top, class 1 below) with Gaussian noise.
	 */
	public static LabeledData moons(long seed, int n, double noise) {
		Random random = new Random(seed);
		double[][] x = new double[n][2];
		int[] y = new int[n];
		for (int i = 0; i < n; i++) {
			y[i] = random.nextInt(2);
			double t = Math.PI * random.nextDouble();
			double px = (y[i] == 0) ? Math.cos(t) : 1 - Math.cos(t);
			double py = (y[i] == 0) ? Math.sin(t) : 0.5 - Math.sin(t);
			x[i][0] = round(px + noise * random.nextGaussian());
			x[i][1] = round(py + noise * random.nextGaussian());
		}
		return new LabeledData(x, y);
	}

	/**
	 * Two Gaussian classes where class 1 is rare: each row is class 1 with probability
	 * {@code minorityShare}; class means differ by {@code separation} on every axis.
	 */
	public static LabeledData imbalanced(long seed, int n, int d, double minorityShare, double separation) {
		Random random = new Random(seed);
		double[][] x = new double[n][d];
		int[] y = new int[n];
		for (int i = 0; i < n; i++) {
			y[i] = (random.nextDouble() < minorityShare) ? 1 : 0;
			for (int j = 0; j < d; j++) {
				x[i][j] = round(y[i] * separation + random.nextGaussian());
			}
		}
		return new LabeledData(x, y);
	}

	/**
	 * Rows from a correlated Gaussian: standard normals mixed by a random d x d matrix,
	 * plus an offset.
	 */
	public static double[][] correlated(long seed, int n, int d) {
		Random random = new Random(seed);
		double[][] mix = new double[d][d];
		double[] offset = new double[d];
		for (int a = 0; a < d; a++) {
			offset[a] = -5 + 10 * random.nextDouble();
			for (int b = 0; b < d; b++) {
				mix[a][b] = -2 + 4 * random.nextDouble();
			}
		}
		double[][] x = new double[n][d];
		double[] z = new double[d];
		for (int i = 0; i < n; i++) {
			for (int b = 0; b < d; b++) {
				z[b] = random.nextGaussian();
			}
			for (int a = 0; a < d; a++) {
				double value = offset[a];
				for (int b = 0; b < d; b++) {
					value += mix[a][b] * z[b];
				}
				x[i][a] = round(value);
			}
		}
		return x;
	}

	/** {@code n} draws from N(mean, sd^2). */
	public static double[] normal(long seed, int n, double mean, double sd) {
		Random random = new Random(seed);
		double[] values = new double[n];
		for (int i = 0; i < n; i++) {
			values[i] = round(mean + sd * random.nextGaussian());
		}
		return values;
	}

	static double round(double value) {
		return Math.round(value * 1e6) / 1e6;
	}

}
