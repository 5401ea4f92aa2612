package com.mljudge.problembank;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import com.mljudge.problembank.data.LabeledData;
import com.mljudge.problembank.data.SyntheticData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The logistic-regression reference against Tribuo's SGD logistic regression
 * (Apache-2.0). The optimisers differ (batch gradient descent vs AdaGrad SGD), so the
 * weights differ; what must agree is what the model is for: accuracy on held-out data
 * from the same distribution.
 */
class TribuoLogisticRegressionTests {

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void heldOutAccuracyMatchesTribuo(long seed) {
		LabeledData all = SyntheticData.logistic(seed, 3000, 4);
		int train = 2000;
		double[][] trainX = java.util.Arrays.copyOfRange(all.x(), 0, train);
		int[] trainY = java.util.Arrays.copyOfRange(all.y(), 0, train);
		double[][] testX = java.util.Arrays.copyOfRange(all.x(), train, all.x().length);
		int[] testY = java.util.Arrays.copyOfRange(all.y(), train, all.y().length);

		double[] beta = (double[]) References.call("logistic-regression", trainX, trainY, 0.5, 500);
		int ours = 0;
		for (int i = 0; i < testX.length; i++) {
			double z = beta[0];
			for (int j = 0; j < testX[i].length; j++) {
				z += beta[j + 1] * testX[i][j];
			}
			ours += ((z > 0 ? 1 : 0) == testY[i]) ? 1 : 0;
		}

		LabelFactory factory = new LabelFactory();
		MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance("logistic", factory),
				factory);
		String[] names = { "f0", "f1", "f2", "f3" };
		for (int i = 0; i < train; i++) {
			dataset.add(new ArrayExample<>(new Label(String.valueOf(trainY[i])), names, trainX[i]));
		}
		Model<Label> model = new LogisticRegressionTrainer().train(dataset);
		int theirs = 0;
		for (int i = 0; i < testX.length; i++) {
			Example<Label> example = new ArrayExample<>(new Label(String.valueOf(testY[i])), names, testX[i]);
			theirs += model.predict(example).getOutput().getLabel().equals(String.valueOf(testY[i])) ? 1 : 0;
		}
		double n = testX.length;
		assertThat(ours / n).isCloseTo(theirs / n, within(0.03));
		assertThat(ours / n).isGreaterThan(0.6);
	}

	@org.junit.jupiter.api.Test
	void gradientStepMatchesAHandComputation() {
		// From zero weights every p is 1/2: b = -lr * mean(1/2 - y), w = -lr * mean((1/2
		// - y) x).
		double[][] x = { { 1, 2 }, { 3, 4 }, { -1, 0 } };
		int[] y = { 0, 1, 1 };
		double[] beta = (double[]) References.call("logistic-regression", x, y, 0.5, 1);
		assertThat(beta[0]).isCloseTo(-0.5 * (0.5 - 0.5 - 0.5) / 3, within(1e-15));
		assertThat(beta[1]).isCloseTo(-0.5 * (0.5 * 1 - 0.5 * 3 + 0.5 * 1) / 3, within(1e-15));
		assertThat(beta[2]).isCloseTo(-0.5 * (0.5 * 2 - 0.5 * 4 + 0) / 3, within(1e-15));
	}

}
