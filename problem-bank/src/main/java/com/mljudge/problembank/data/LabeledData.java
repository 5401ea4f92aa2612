package com.mljudge.problembank.data;

/** Feature rows with an integer class label per row. */
public record LabeledData(double[][] x, int[] y) {
}
