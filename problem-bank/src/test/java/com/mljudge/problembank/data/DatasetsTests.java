package com.mljudge.problembank.data;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatasetsTests {

	@Test
	void irisIsFishersOriginalWithTheCorrectedRows() {
		Table iris = Datasets.iris();
		assertThat(iris.rows()).hasSize(150);
		assertThat(counts(iris.column("species"))).containsEntry("setosa", 50L)
			.containsEntry("versicolor", 50L)
			.containsEntry("virginica", 50L);
		// UCI's copy had two typos in samples 35 and 38; Fisher's paper (and R,
		// scikit-learn) reads:
		assertThat(iris.rows().get(34)).containsExactly("4.9", "3.1", "1.5", "0.2", "setosa");
		assertThat(iris.rows().get(37)).containsExactly("4.9", "3.6", "1.4", "0.1", "setosa");
	}

	@Test
	void breastCancerHasAllRowsAndBothDiagnoses() {
		Table cancer = Datasets.breastCancer();
		assertThat(cancer.rows()).hasSize(569);
		assertThat(cancer.columns()).hasSize(31);
		assertThat(counts(cancer.column("diagnosis"))).containsEntry("malignant", 212L).containsEntry("benign", 357L);
		assertThat(cancer.numeric("mean_radius")[0][0]).isEqualTo(17.99);
	}

	@Test
	void penguinsKeepMissingValuesAsEmptyCells() {
		Table penguins = Datasets.penguins();
		assertThat(penguins.rows()).hasSize(344);
		assertThat(counts(penguins.column("species"))).containsEntry("Adelie", 152L)
			.containsEntry("Gentoo", 124L)
			.containsEntry("Chinstrap", 68L);
		double[][] bills = penguins.numeric("bill_length_mm");
		assertThat(Arrays.stream(bills).filter((row) -> Double.isNaN(row[0]))).hasSize(2);
		assertThat(penguins.codes("sex", List.of("female", "male"))).containsOnly(-1, 0, 1);
	}

	@Test
	void generatorsAreDeterministicPerSeedAndDifferAcrossSeeds() {
		assertThat(SyntheticData.blobs(5, 50, 3, 2, 1.0).x()).isDeepEqualTo(SyntheticData.blobs(5, 50, 3, 2, 1.0).x());
		assertThat(SyntheticData.linear(5, 50, 3, 0.1).y()).isNotEqualTo(SyntheticData.linear(6, 50, 3, 0.1).y());
		assertThat(SyntheticData.moons(1, 10, 0.1).y()).isEqualTo(SyntheticData.moons(1, 10, 0.1).y());
	}

	@Test
	void imbalancedDataIsMostlyTheMajorityClass() {
		int[] y = SyntheticData.imbalanced(3, 10_000, 2, 0.05, 2.0).y();
		long minority = Arrays.stream(y).filter((label) -> label == 1).count();
		assertThat(minority).isBetween(400L, 600L);
	}

	@Test
	void logisticDataHasBothClasses() {
		int[] y = SyntheticData.logistic(9, 2_000, 3).y();
		assertThat(Arrays.stream(y).distinct().sorted().toArray()).containsExactly(0, 1);
	}

	@Test
	void unreadGeneratorParametersAreReported() {
		GeneratorParams params = new GeneratorParams(Map.of("n", 3L, "typo", 1L));
		params.integer("n", 1);
		assertThat(params.unread()).containsExactly("typo");
	}

	private static Map<String, Long> counts(String[] values) {
		return Arrays.stream(values).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

}
