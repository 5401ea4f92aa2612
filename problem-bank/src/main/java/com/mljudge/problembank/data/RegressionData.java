package com.mljudge.problembank.data;

/**
 * Feature rows, targets, and the coefficients {@code [intercept, w1..wd]} the targets
 * were drawn from.
 */
public record RegressionData(double[][] x, double[] y, double[] coefficients) {
}
